namespace GeoPlan.Storage.Tests;

public sealed class PostGisFeatureEditorTests(PostGisWriterFixture fixture)
    : FeatureEditorContract<PostGisWriterFixture>(fixture), IClassFixture<PostGisWriterFixture>;
