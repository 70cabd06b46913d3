namespace GeoPlan.Storage.Tests;

[Collection(WriterCollection.Name)]
public sealed class GeoPackageWriterTests(GeoPackageWriterFixture fixture)
    : FeatureWriterContract<GeoPackageWriterFixture>(fixture), IClassFixture<GeoPackageWriterFixture>;
