using System.Text.Json;
using GeoPlan.Core.Analysis.Indicators;
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
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new List<GeodataProblem>();
        var layers = new List<LayerInfo>();
        var features = new List<PlanFeature>();
        foreach (var definition in ReadCatalog(directory, problems))
        {
            var name = directory.Relative(directory.LayerFile(definition.Id));
            if (ReadLayer(directory, definition, problems, (reader, stream) => reader.Read(stream)) is not var (layerFeatures, fields))
            {
                continue;
            }

            var extent = new Envelope();
            layerFeatures.ForEach(f => extent.ExpandToInclude(f.Geometry.EnvelopeInternal));
            layers.Add(ToLayerInfo(definition, fields, extent.IsNull ? null : extent, layerFeatures.Count, name, problems));
            features.AddRange(layerFeatures);
        }

        var (tasks, indicators) = ReadPlan(directory, problems);
        var dataset = new PlanDataset(layers, features, tasks, indicators) { Actuals = ReadActuals(directory, problems) };
        problems.AddRange(GeodataValidator.Validate(dataset, directory));
        return new GeodataReadResult(dataset, problems);
    }

    /// <summary>The layers <c>layers.json</c> lists, in order; none when it cannot be read (reported).</summary>
    internal static IReadOnlyList<LayerDefinition> ReadCatalog(GeodataDirectory directory, List<GeodataProblem> problems) =>
        ReadJson<LayerCatalog>(directory, directory.LayersFile, problems)?.Layers ?? [];

    /// <summary>The plan's tasks and indicators; none of a file that cannot be read (reported).</summary>
    internal static (IReadOnlyList<PlanTask> Tasks, IReadOnlyList<Indicator> Indicators) ReadPlan(GeodataDirectory directory, List<GeodataProblem> problems) =>
        (ReadJson<TasksFile>(directory, directory.TasksFile, problems)?.Tasks ?? [],
         ReadJson<IndicatorsFile>(directory, directory.IndicatorsFile, problems)?.Indicators ?? []);

    /// <summary>The bundled actual values; none when <c>plan/actuals.json</c> is absent, or cannot be read (reported).</summary>
    internal static IReadOnlyList<IndicatorActual> ReadActuals(GeodataDirectory directory, List<GeodataProblem> problems) =>
        File.Exists(directory.ActualsFile) ? ReadJson<ActualsFile>(directory, directory.ActualsFile, problems)?.Actuals ?? [] : [];

    /// <summary>Reads a layer's file with <paramref name="read"/>; null when it cannot be opened (reported).</summary>
    internal static T? ReadLayer<T>(
        GeodataDirectory directory, LayerDefinition definition, List<GeodataProblem> problems, Func<GeoJsonLayerReader, Stream, T?> read)
    {
        var file = directory.LayerFile(definition.Id);
        var name = directory.Relative(file);
        try
        {
            using var stream = OpenLayerFile(file);
            return read(new GeoJsonLayerReader(definition, name, problems), stream);
        }
        catch (IOException e)
        {
            problems.Add(new GeodataProblem(name, null, e.Message));
            return default;
        }
    }

    /// <summary>Opens a layer file for one sequential read.</summary>
    // The feature stream keeps its own buffer, so the file stream needs none.
    internal static FileStream OpenLayerFile(string file) =>
        new(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);

    /// <summary>A layer's description from its catalogue entry and what its file holds.</summary>
    internal static LayerInfo ToLayerInfo(
        LayerDefinition definition, IReadOnlyList<FieldInfo> fields, Envelope? extent, int count, string file, List<GeodataProblem> problems)
    {
        if (!Enum.TryParse<OgcGeometryType>(definition.GeometryType, out var geometryType))
        {
            problems.Add(new GeodataProblem("layers.json", definition.Id, $"unknown geometry type '{definition.GeometryType}'"));
        }

        if (count == 0)
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
            extent,
            count);
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
}
