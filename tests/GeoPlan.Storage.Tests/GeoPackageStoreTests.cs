namespace GeoPlan.Storage.Tests;

public sealed class GeoPackageStoreTests(GeoPackageFixture fixture)
    : FeatureStoreContract<GeoPackageFixture>(fixture), IClassFixture<GeoPackageFixture>;
