using System.Text.Json.Nodes;
using GeoPlan.Core.Model;
using GeoPlan.Geodata;

namespace GeoPlan.Testing;

/// <summary>A geodata directory: the bundled data plus a seeded <see cref="GeneratedLayer"/> or <see cref="GeneratedRoadNetwork"/>, for large loads and benchmarks.</summary>
public static class GeneratedGeodata
{
    /// <summary>Writes the bundled geodata and <paramref name="count"/> generated plots (<c>plots.geojson</c>) into <paramref name="directory"/>.</summary>
    public static GeneratedLayer Write(string directory, int count, int seed)
    {
        BundledGeodata.CopyTo(directory);
        var plots = GeneratedLayer.Create(count, seed);
        WriteLayer(directory, plots.Layer, plots.Features);
        return plots;
    }

    /// <summary>Writes the bundled geodata into <paramref name="directory"/> with its roads replaced by a generated network of at least <paramref name="minimumSegments"/> segments.</summary>
    public static GeneratedRoadNetwork WriteRoads(string directory, int minimumSegments, int seed)
    {
        BundledGeodata.CopyTo(directory);
        var roads = GeneratedRoadNetwork.Create(minimumSegments, seed);
        WriteLayer(directory, roads.Layer, roads.Features);
        return roads;
    }

    // Writes the layer's file and puts its entry in layers.json, in place of one with the same id.
    private static void WriteLayer(string directory, LayerInfo layer, IEnumerable<PlanFeature> features)
    {
        using (var stream = File.Create(Path.Combine(directory, layer.Id + ".geojson")))
        {
            GeoJsonLayerWriter.Write(stream, features);
        }

        var catalogPath = Path.Combine(directory, "layers.json");
        var catalog = JsonNode.Parse(File.ReadAllText(catalogPath))!;
        var layers = catalog["layers"]!.AsArray();
        var entry = new JsonObject
        {
            ["id"] = layer.Id,
            ["title_zh"] = layer.TitleZh,
            ["title_en"] = layer.TitleEn,
            ["geometry_type"] = layer.GeometryType.ToString(),
            ["description"] = layer.Description,
        };
        var existing = layers.FirstOrDefault(l => (string?)l?["id"] == layer.Id);
        if (existing is null)
        {
            layers.Add(entry);
        }
        else
        {
            layers[layers.IndexOf(existing)] = entry;
        }

        File.WriteAllText(catalogPath, catalog.ToJsonString());
    }
}
