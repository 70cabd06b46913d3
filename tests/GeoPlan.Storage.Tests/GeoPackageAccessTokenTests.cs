namespace GeoPlan.Storage.Tests;

public sealed class GeoPackageAccessTokenTests(GeoPackageWriterFixture fixture)
    : AccessTokenContract<GeoPackageWriterFixture>(fixture), IClassFixture<GeoPackageWriterFixture>;
