using System.Text.Json.Nodes;
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

    /// <summary>Writes the bundled geodata into <paramref name="directory"/> with a generated network of at least
    /// <paramref name="minimumSegments"/> segments added to its roads (the bundled roads stay: the plan's tasks link to them).</summary>
    public static GeneratedRoadNetwork WriteRoads(string directory, int minimumSegments, int seed)
    {
        BundledGeodata.CopyTo(directory);
        var roads = GeneratedRoadNetwork.Create(minimumSegments, seed);
        var file = Path.Combine(directory, roads.Layer.Id + ".geojson");
        var layer = JsonNode.Parse(File.ReadAllText(file))!;
        using var generated = new MemoryStream();
        GeoJsonLayerWriter.Write(generated, roads.Features);
        var features = layer["features"]!.AsArray();
        foreach (var feature in JsonNode.Parse(generated.ToArray())!["features"]!.AsArray().ToList())
        {
            feature!.Parent!.AsArray().Remove(feature);
            features.Add(feature);
        }

        File.WriteAllText(file, layer.ToJsonString());
        var catalogPath = Path.Combine(directory, "layers.json");
        var catalog = JsonNode.Parse(File.ReadAllText(catalogPath))!;
        var entry = catalog["layers"]!.AsArray().Single(l => (string?)l?["id"] == roads.Layer.Id)!;
        entry["description"] = $"{(string?)entry["description"]} Added: {roads.Layer.Description}";
        File.WriteAllText(catalogPath, catalog.ToJsonString());
        return roads;
    }
}
