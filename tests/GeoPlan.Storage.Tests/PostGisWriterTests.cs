namespace GeoPlan.Storage.Tests;

[Collection(WriterCollection.Name)]
public sealed class PostGisWriterTests(PostGisWriterFixture fixture)
    : FeatureWriterContract<PostGisWriterFixture>(fixture), IClassFixture<PostGisWriterFixture>;
