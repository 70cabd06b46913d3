using GeoPlan.Core.Model;

namespace GeoPlan.Geodata;

/// <summary>Reads geodata/ for a load without holding its features: a first pass finds each layer's fields, a second hands the features out.</summary>
/// <remarks>By the end of <see cref="FinishAsync"/> it has made every check <see cref="GeodataReader"/> makes.</remarks>
public sealed class GeodataStreamReader : IDisposable
{
    private readonly GeodataDirectory _directory;
    private readonly List<GeodataProblem> _problems = [];
    private readonly Dictionary<string, LayerDefinition> _definitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _featureIds = new(StringComparer.Ordinal);
    private readonly GeometryCheckQueue _geometryChecks = new();

    private GeodataStreamReader(GeodataDirectory directory) => _directory = directory;

    /// <summary>The layers in catalogue order, with their fields; extents are not known before the features are read.</summary>
    public IReadOnlyList<LayerInfo> Layers { get; private set; } = [];

    /// <summary>The plan's task tree in document order.</summary>
    public IReadOnlyList<PlanTask> Tasks { get; private set; } = [];

    /// <summary>The indicator table in row order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    /// <summary>The problems found so far; when there are any after <see cref="Open"/>, reading the features is pointless.</summary>
    public IReadOnlyList<GeodataProblem> Problems => _problems;

    /// <summary>Reads the catalogue, the plan and, in a first pass over each layer's properties, the layer's fields.</summary>
    public static GeodataStreamReader Open(GeodataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var reader = new GeodataStreamReader(directory);
        var layers = new List<LayerInfo>();
        foreach (var definition in GeodataReader.ReadCatalog(directory, reader._problems))
        {
            var name = directory.Relative(directory.LayerFile(definition.Id));
            if (GeodataReader.ReadLayer(directory, definition, reader._problems, (layer, stream) => layer.InferFields(stream)) is var (fields, count))
            {
                reader._definitions[definition.Id] = definition;
                layers.Add(GeodataReader.ToLayerInfo(definition, fields, null, count, name, reader._problems));
            }
        }

        reader.Layers = layers;
        (reader.Tasks, reader.Indicators) = GeodataReader.ReadPlan(directory, reader._problems);
        return reader;
    }

    /// <summary>A layer's features in a second pass, checked as they go: ids at once, geometries on a thread of their own.</summary>
    public IEnumerable<PlanFeature> ReadFeatures(LayerInfo layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var file = _directory.LayerFile(layer.Id);
        var name = _directory.Relative(file);
        using var stream = GeodataReader.OpenLayerFile(file);
        foreach (var feature in new GeoJsonLayerReader(_definitions[layer.Id], name, _problems).ReadFeatures(stream, layer.Fields))
        {
            if (!_featureIds.Add(feature.Id))
            {
                _problems.Add(GeodataValidator.DuplicateId(name, feature.Id));
            }

            _geometryChecks.Add(feature, name);
            yield return feature;
        }
    }

    /// <summary>After every layer's features were read: waits for the last geometry checks, checks the plan's links, and returns every problem.</summary>
    public async Task<IReadOnlyList<GeodataProblem>> FinishAsync()
    {
        _problems.AddRange(await _geometryChecks.CompleteAsync().ConfigureAwait(false));
        _problems.AddRange(GeodataValidator.PlanProblems(Tasks, Indicators, _featureIds, _directory));
        return _problems;
    }

    /// <summary>Stops the geometry checks.</summary>
    public void Dispose() => _geometryChecks.Dispose();
}
