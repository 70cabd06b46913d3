namespace GeoPlan.Storage.Tests;

public sealed class GeoPackageIndicatorActualTests(GeoPackageWriterFixture fixture)
    : IndicatorActualContract<GeoPackageWriterFixture>(fixture), IClassFixture<GeoPackageWriterFixture>;
