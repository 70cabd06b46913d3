using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Xunit;

namespace GeoPlan.Testing.Export;

/// <summary>Reads a file with GDAL, as a GIS user would: <c>ogr2ogr -f GeoJSON /vsistdout/ -t_srs OGC:CRS84</c>, so coordinates in
/// another CRS come back to WGS 84 longitude/latitude through GDAL's own transformation.</summary>
public static class GdalReader
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>Every feature of <paramref name="source"/> (a file, or a <c>/vsizip/</c> path), in file order.</summary>
    /// <param name="source">What ogr2ogr opens.</param>
    /// <param name="sourceCrs">The CRS to assume when the file states none (CSV), e.g. <c>EPSG:4550</c>; null otherwise.</param>
    public static async Task<IReadOnlyList<GdalFeature>> ReadAsync(string source, string? sourceCrs = null)
    {
        ExternalTool.Require("ogr2ogr", "gdal-bin");
        string[] crs = sourceCrs is null ? [] : ["-s_srs", sourceCrs];
        var (exitCode, output, error) = await ExternalTool.RunAsync(
            "ogr2ogr", ["-f", "GeoJSON", "/vsistdout/", "-t_srs", "OGC:CRS84", "-lco", "COORDINATE_PRECISION=12", .. crs, source]);
        Assert.True(exitCode == 0, $"ogr2ogr could not read {source}: {error}");
        using var document = JsonDocument.Parse(output);
        var features = new List<GdalFeature>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties").EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
            // GDAL keeps a GeoJSON file's string ids as the features' ids rather than as a field.
            if (!properties.ContainsKey("id") && feature.TryGetProperty("id", out var featureId))
            {
                properties["id"] = featureId.Clone();
            }

            var id = properties.TryGetValue("id", out var idProperty) ? idProperty.ToString() : null;
            var geometry = feature.GetProperty("geometry").Deserialize<Geometry>(GeoJson)!;
            features.Add(new GdalFeature(id, properties, geometry));
        }

        return features;
    }

    /// <summary>What <c>ogrinfo -so -al</c> says of a file: layer names, feature counts, fields and the CRS as WKT 2.</summary>
    public static async Task<string> SummaryAsync(string source)
    {
        ExternalTool.Require("ogrinfo", "gdal-bin");
        var (exitCode, output, error) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-so", "-al", source);
        Assert.True(exitCode == 0, $"ogrinfo could not read {source}: {error}");
        return output;
    }
}
