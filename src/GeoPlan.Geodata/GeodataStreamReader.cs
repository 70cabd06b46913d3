using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;

namespace GeoPlan.Geodata;

/// <summary>Reads geodata/ for a load without holding its features: each layer in one pass, its fields foreseen from its first features.</summary>
/// <remarks>By the end of <see cref="Finish"/> it has made every check <see cref="GeodataReader"/> makes, each feature checked once.</remarks>
public sealed class GeodataStreamReader
{
    /// <summary>How many features of each layer <see cref="Open"/> reads to foresee its fields.</summary>
    public const int FieldSample = 1000;

    private readonly GeodataDirectory _directory;
    private readonly List<GeodataProblem> _problems = [];
    private readonly Dictionary<string, LayerDefinition> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<FieldInfo>> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _featureIds = new(StringComparer.Ordinal);

    private GeodataStreamReader(GeodataDirectory directory) => _directory = directory;

    /// <summary>The layers in catalogue order, with the fields their first <see cref="FieldSample"/> features have; counts and extents are not known yet.</summary>
    public IReadOnlyList<LayerInfo> Layers { get; private set; } = [];

    /// <summary>The plan's task tree in document order.</summary>
    public IReadOnlyList<PlanTask> Tasks { get; private set; } = [];

    /// <summary>The indicator table in row order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    /// <summary>The bundled actual values of the indicators.</summary>
    public IReadOnlyList<IndicatorActual> Actuals { get; private set; } = [];

    /// <summary>The problems found so far; when there are any after <see cref="Open"/>, reading the features is pointless.</summary>
    public IReadOnlyList<GeodataProblem> Problems => _problems;

    /// <summary>Reads the catalogue, the plan and the properties of each layer's first features.</summary>
    public static GeodataStreamReader Open(GeodataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var reader = new GeodataStreamReader(directory);
        var layers = new List<LayerInfo>();
        foreach (var definition in GeodataReader.ReadCatalog(directory, reader._problems))
        {
            var name = directory.Relative(directory.LayerFile(definition.Id));
            var sample = GeodataReader.ReadLayer(directory, definition, reader._problems, (layer, stream) => layer.InferFields(stream, FieldSample));
            if (sample is var (fields, count))
            {
                reader._definitions[definition.Id] = definition;
                layers.Add(GeodataReader.ToLayerInfo(definition, fields, null, count, name, reader._problems));
            }
        }

        reader.Layers = layers;
        (reader.Tasks, reader.Indicators) = GeodataReader.ReadPlan(directory, reader._problems);
        reader.Actuals = GeodataReader.ReadActuals(directory, reader._problems);
        reader._problems.AddRange(GeodataValidator.ActualProblems(reader.Actuals, reader.Indicators, directory));
        return reader;
    }

    /// <summary>A layer's features as rows of <c>layer.Fields</c>, checked as they go: geometries on the threads that parse them, ids in order.</summary>
    /// <remarks>The first read of a layer hands out features only while they fit those fields, then reads on to check the rest and
    /// learn the fields they all fit (<see cref="FieldsOf"/>). A second read, with those fields, hands out every feature and checks none again.</remarks>
    public IEnumerable<PlanFeature> ReadFeatures(LayerInfo layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return _fields.ContainsKey(layer.Id) ? ReadAgain(layer) : ReadAndCheck(layer);
    }

    /// <summary>The fields every feature of a layer fits, known once <see cref="ReadFeatures"/> has read the layer to its end.</summary>
    public IReadOnlyList<FieldInfo> FieldsOf(LayerInfo layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return _fields.TryGetValue(layer.Id, out var fields)
            ? fields
            : throw new InvalidOperationException($"layer '{layer.Id}' has not been read to its end");
    }

    /// <summary>After every layer's features were read: checks the plan's links, and returns every problem.</summary>
    public IReadOnlyList<GeodataProblem> Finish()
    {
        _problems.AddRange(GeodataValidator.PlanProblems(Tasks, Indicators, _featureIds, _directory));
        return _problems;
    }

    private IEnumerable<PlanFeature> ReadAndCheck(LayerInfo layer)
    {
        var file = _directory.LayerFile(layer.Id);
        var name = _directory.Relative(file);
        var fields = new FieldInference();
        var fitting = true;
        using (var stream = GeodataReader.OpenLayerFile(file))
        {
            var layerReader = new GeoJsonLayerReader(_definitions[layer.Id], name, _problems);
            foreach (var feature in layerReader.ReadFeatures(stream, fields, feature => GeodataValidator.GeometryProblems(feature, name)))
            {
                if (!_featureIds.Add(feature.Id))
                {
                    _problems.Add(GeodataValidator.DuplicateId(name, feature.Id));
                }

                fitting = fitting && FieldInference.Fits(feature.Attributes, layer.Fields);
                if (fitting)
                {
                    yield return FieldInference.Conform(feature, layer.Fields);
                }
            }
        }

        _fields[layer.Id] = fields.Result();
    }

    // Every problem of this layer was reported by the first read; this one only converts.
    private IEnumerable<PlanFeature> ReadAgain(LayerInfo layer)
    {
        var file = _directory.LayerFile(layer.Id);
        using var stream = GeodataReader.OpenLayerFile(file);
        var reported = new List<GeodataProblem>();
        foreach (var feature in new GeoJsonLayerReader(_definitions[layer.Id], _directory.Relative(file), reported).ReadFeatures(stream, new FieldInference()))
        {
            yield return FieldInference.Conform(feature, layer.Fields);
        }
    }
}
