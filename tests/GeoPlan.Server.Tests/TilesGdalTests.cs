using GeoPlan.Core.Model;
using GeoPlan.Core.Tiles;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Tests;

/// <summary>GDAL's MVT driver, a real client, reads tiles from the running service.</summary>
public sealed class TilesGdalTests(GeoPlanKestrelApp app) : IClassFixture<GeoPlanKestrelApp>
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    [SkippableFact]
    public async Task Ogrinfo_reads_a_combined_tile_with_each_layers_features_georeferenced()
    {
        ExternalTool.Require("ogrinfo", "gdal-bin");
        var tile = WebMercatorQuad.TileAt(123.43, 41.80, 11);
        var url = $"MVT:/vsicurl/http://127.0.0.1:{app.Address.Port}/tiles/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}?f=mvt";
        string[] position = ["-oo", $"X={tile.X}", "-oo", $"Y={tile.Y}", "-oo", $"Z={tile.Zoom}"];

        var bounds = Wgs84.ToGeometry(TileOptions.Default.QueryBounds(tile));
        var expected = Data.Features.Where(f => f.Geometry.Intersects(bounds)).GroupBy(f => f.Layer).ToDictionary(g => g.Key, g => g.Count());
        var (exitCode, listing, error) = await ExternalTool.RunAsync("ogrinfo", ["-ro", "-q", .. position, url]);

        Assert.True(exitCode == 0, error);
        Assert.True(expected.Count >= 4, string.Join(", ", expected.Keys));
        foreach (var (layer, count) in expected)
        {
            Assert.Contains(layer, listing, StringComparison.Ordinal);
            var (_, summary, summaryError) = await ExternalTool.RunAsync("ogrinfo", ["-ro", "-so", .. position, url, layer]);
            Assert.True(summary.Contains($"Feature Count: {count}", StringComparison.Ordinal), $"{layer}: {summary}{summaryError}");
            Assert.Contains("EPSG\",3857", summary, StringComparison.Ordinal);
        }
    }
}
