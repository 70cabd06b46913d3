using GeoPlan.Core.Model;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>GDAL's OGC API - Features driver, a real client, reads the running service.</summary>
public sealed class GdalClientTests(GeoPlanKestrelApp app) : IClassFixture<GeoPlanKestrelApp>
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;

    private string Service => $"OAPIF:http://127.0.0.1:{app.Address.Port}";

    [SkippableFact]
    public async Task Ogrinfo_lists_every_collection_with_the_stores_feature_count()
    {
        ExternalTool.Require("ogrinfo", "gdal-bin");

        var (exitCode, listing, error) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-q", Service);
        Assert.True(exitCode == 0, error);
        foreach (var layer in Data.Layers)
        {
            Assert.Contains(layer.Id, listing, StringComparison.Ordinal);
            var (_, summary, layerError) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-so", Service, layer.Id);
            Assert.True(summary.Contains($"Feature Count: {layer.FeatureCount}", StringComparison.Ordinal), $"{layer.Id}: {summary}{layerError}");
        }
    }

    [SkippableFact]
    public async Task Ogr2ogr_copies_a_collection_into_a_geopackage_with_every_feature()
    {
        ExternalTool.Require("ogr2ogr", "gdal-bin");
        using var directory = new TemporaryDirectory();
        var output = directory.File("stations.gpkg");

        var (exitCode, _, error) = await ExternalTool.RunAsync("ogr2ogr", "-f", "GPKG", output, Service, "rail_stations");
        var (_, summary, _) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-so", output, "rail_stations");

        Assert.True(exitCode == 0, error);
        Assert.Contains($"Feature Count: {Data.Features.Count(f => f.Layer == "rail_stations")}", summary, StringComparison.Ordinal);
        Assert.Contains("name_zh", summary, StringComparison.Ordinal);
    }
}
