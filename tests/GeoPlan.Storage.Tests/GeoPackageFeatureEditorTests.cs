namespace GeoPlan.Storage.Tests;

public sealed class GeoPackageFeatureEditorTests(GeoPackageWriterFixture fixture)
    : FeatureEditorContract<GeoPackageWriterFixture>(fixture), IClassFixture<GeoPackageWriterFixture>;
