namespace GeoPlan.Storage.Tests;

public sealed class PostGisIndicatorActualTests(PostGisWriterFixture fixture)
    : IndicatorActualContract<PostGisWriterFixture>(fixture), IClassFixture<PostGisWriterFixture>;
