using GeoPlan.Core.Crs;
using GeoPlan.Interchange.Writing;
using GeoPlan.Testing;
using GeoPlan.Testing.Export;

namespace GeoPlan.Interchange.Tests.Export;

/// <summary>Each format's export of the bundled layers, opened by GDAL: the same features, every value, every coordinate within 1 cm;
/// in EPSG:4550 too, brought back to WGS 84 by GDAL's own transformation.</summary>
public sealed class ExportRoundTripTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var format in ExportFormat.All)
        {
            foreach (var layer in new[] { "parks", "rail_lines", "rail_stations" })
            {
                cases.Add(format.Name, layer, "CRS84");
                if (!format.Wgs84Only)
                {
                    cases.Add(format.Name, layer, "EPSG:4550");
                }
            }
        }

        return cases;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Gdal_reads_every_feature_value_and_coordinate(string formatName, string layerId, string crsCode)
    {
        ExternalTool.Require("ogr2ogr", "gdal-bin");
        Assert.True(ExportFormat.TryFind(formatName, out var format));
        Assert.True(CrsRegistry.TryFind(crsCode, out var crs));
        var layer = BundledLayer.Named(layerId);
        using var directory = new TemporaryDirectory();
        var path = directory.File($"{layerId}.{format.Extension}");

        var summary = await layer.ExportAsync(format, crs, path);

        var source = format == ExportFormat.Shapefile ? $"/vsizip/{path}/{layerId}.shp" : path;
        // A CSV file cannot state its CRS: GDAL is told, as its users would tell it.
        var csvCrs = crs == CrsRegistry.Crs84 ? "OGC:CRS84" : crsCode;
        var read = await GdalReader.ReadAsync(source, format == ExportFormat.Csv ? csvCrs : null);
        Assert.Equal(layer.Features.Count, summary.FeatureCount);
        ExportAssertions.SameFeatures(
            layer.Info,
            layer.Features,
            read,
            summary.RenamedFields.ToDictionary(r => r.Field, r => r.WrittenAs),
            format == ExportFormat.Shapefile ? ExportAssertions.DbfTextBytes : null);
        if (format != ExportFormat.Csv)
        {
            // GDAL recognises the CRS by its EPSG number, whichever way the file names it.
            var srs = await GdalReader.SummaryAsync(source);
            Assert.Contains(crs == CrsRegistry.Crs84 ? "ID[\"EPSG\",4326]]" : "ID[\"EPSG\",4550]]", srs, StringComparison.Ordinal);
        }
    }
}
