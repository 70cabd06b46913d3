using System.Text.Json.Nodes;
using GeoPlan.Geodata;

namespace GeoPlan.Testing;

/// <summary>A geodata directory: the bundled data plus a seeded <see cref="GeneratedLayer"/>, for large loads and benchmarks.</summary>
public static class GeneratedGeodata
{
    /// <summary>Writes the bundled geodata and <paramref name="count"/> generated plots (<c>plots.geojson</c>) into <paramref name="directory"/>.</summary>
    public static GeneratedLayer Write(string directory, int count, int seed)
    {
        BundledGeodata.CopyTo(directory);
        var plots = GeneratedLayer.Create(count, seed);
        using (var stream = File.Create(Path.Combine(directory, plots.Layer.Id + ".geojson")))
        {
            GeoJsonLayerWriter.Write(stream, plots.Features);
        }

        var catalogPath = Path.Combine(directory, "layers.json");
        var catalog = JsonNode.Parse(File.ReadAllText(catalogPath))!;
        catalog["layers"]!.AsArray().Add(new JsonObject
        {
            ["id"] = plots.Layer.Id,
            ["title_zh"] = plots.Layer.TitleZh,
            ["title_en"] = plots.Layer.TitleEn,
            ["geometry_type"] = plots.Layer.GeometryType.ToString(),
            ["description"] = plots.Layer.Description,
        });
        File.WriteAllText(catalogPath, catalog.ToJsonString());
        return plots;
    }
}
