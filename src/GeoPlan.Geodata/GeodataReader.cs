using System.Text.Json;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Geodata;

/// <summary>The outcome of reading geodata/: the dataset and every problem found; build only when there are none.</summary>
public sealed record GeodataReadResult(PlanDataset Dataset, IReadOnlyList<GeodataProblem> Problems)
{
    /// <summary>True when the data may be built into a store.</summary>
    public bool IsValid => Problems.Count == 0;
}

/// <summary>Reads and validates the whole of geodata/ into a <see cref="PlanDataset"/>.</summary>
public static class GeodataReader
{
    /// <summary>Reads every file, then checks the dataset as a whole (<see cref="GeodataValidator"/>).</summary>
    public static GeodataReadResult Read(GeodataDirectory directory)
    {
        var problems = new List<GeodataProblem>();
        var catalog = ReadJson<LayerCatalog>(directory, directory.LayersFile, problems);
        var layers = new List<LayerInfo>();
        var features = new List<PlanFeature>();
        foreach (var definition in catalog?.Layers ?? [])
        {
            var file = directory.LayerFile(definition.Id);
            var name = directory.Relative(file);
            using var document = ParseDocument(file, name, problems);
            if (document is null)
            {
                continue;
            }

            var (layerFeatures, fields) = new GeoJsonLayerReader(definition, name, problems).Read(document.RootElement);
            layers.Add(ToLayerInfo(definition, fields, layerFeatures, name, problems));
            features.AddRange(layerFeatures);
        }

        var tasks = ReadJson<TasksFile>(directory, directory.TasksFile, problems)?.Tasks ?? [];
        var indicators = ReadJson<IndicatorsFile>(directory, directory.IndicatorsFile, problems)?.Indicators ?? [];

        var dataset = new PlanDataset(layers, features, tasks, indicators);
        problems.AddRange(GeodataValidator.Validate(dataset, directory));
        return new GeodataReadResult(dataset, problems);
    }

    private static LayerInfo ToLayerInfo(
        LayerDefinition definition, List<FieldInfo> fields, List<PlanFeature> features, string file, List<GeodataProblem> problems)
    {
        if (!Enum.TryParse<OgcGeometryType>(definition.GeometryType, out var geometryType))
        {
            problems.Add(new GeodataProblem("layers.json", definition.Id, $"unknown geometry type '{definition.GeometryType}'"));
        }

        var extent = new Envelope();
        features.ForEach(f => extent.ExpandToInclude(f.Geometry.EnvelopeInternal));
        if (features.Count == 0)
        {
            problems.Add(new GeodataProblem(file, null, "the layer has no features"));
        }

        return new LayerInfo(
            definition.Id,
            definition.TitleZh,
            definition.TitleEn,
            definition.Description,
            geometryType,
            fields,
            extent.IsNull ? null : extent,
            features.Count);
    }

    private static T? ReadJson<T>(GeodataDirectory directory, string file, List<GeodataProblem> problems)
        where T : class
    {
        var name = directory.Relative(file);
        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize<T>(stream, GeodataJson.Options);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            problems.Add(new GeodataProblem(name, null, e.Message));
            return null;
        }
    }

    private static JsonDocument? ParseDocument(string file, string name, List<GeodataProblem> problems)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return JsonDocument.Parse(stream);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            problems.Add(new GeodataProblem(name, null, e.Message));
            return null;
        }
    }
}
