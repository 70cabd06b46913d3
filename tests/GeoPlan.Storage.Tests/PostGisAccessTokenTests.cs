namespace GeoPlan.Storage.Tests;

public sealed class PostGisAccessTokenTests(PostGisWriterFixture fixture)
    : AccessTokenContract<PostGisWriterFixture>(fixture), IClassFixture<PostGisWriterFixture>;
