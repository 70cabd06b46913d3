namespace GeoPlan.Storage.Tests;

public sealed class PostGisStoreTests(PostGisFixture fixture)
    : FeatureStoreContract<PostGisFixture>(fixture), IClassFixture<PostGisFixture>;
