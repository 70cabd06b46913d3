using System.Text.Json;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.GeoJson;
using NetTopologySuite.Geometries;

namespace GeoPlan.Geodata;

/// <summary>Reads one layer's GeoJSON FeatureCollection into features, inferring the layer's attribute fields.</summary>
internal sealed class GeoJsonLayerReader(LayerDefinition layer, string file, ICollection<GeodataProblem> problems)
{
    private static readonly HashSet<string> CommonNames = LayerInfo.CommonFields.Select(f => f.Name).ToHashSet();
    private Action<string?, string>? _problem;
    private readonly PropertyNames _names = new();
    private bool _malformed;

    /// <summary>The features and the layer-specific fields they carry, in order of first appearance; null for malformed JSON.</summary>
    public (List<PlanFeature> Features, List<FieldInfo> Fields)? Read(Stream stream)
    {
        var fields = new FieldInference();
        var features = ReadFeatures(stream, fields).ToList();
        if (_malformed)
        {
            return null;
        }

        var result = fields.Result();
        for (var i = 0; i < features.Count; i++)
        {
            features[i] = FieldInference.Conform(features[i], result);
        }

        return (features, result);
    }

    /// <summary>Reads only the properties of the first <paramref name="limit"/> features: the fields they have and how many there were; null for malformed JSON.</summary>
    /// <remarks>Problems with values are left to the pass that reads the features, so each is reported once.</remarks>
    public (List<FieldInfo> Fields, int Count)? InferFields(Stream stream, int limit)
    {
        var fields = new FieldInference();
        var json = new GeoJsonFeatureStream(stream);
        var properties = new List<FeatureProperty>();
        var count = 0;
        while (count < limit && MoveNext(json, count))
        {
            properties.Clear();
            ParsedFeature.PropertyKindsOf(json.Current, _names, properties);
            foreach (var property in properties.Where(p => !CommonNames.Contains(p.Name)))
            {
                fields.Observe(property.Name, property.Value, "", static (_, _) => { });
            }

            count++;
        }

        return _malformed ? null : (fields.Result(), count);
    }

    /// <summary>The features one at a time, as they are read, their attributes as found; <paramref name="fields"/> learns the fields they add up to.</summary>
    /// <param name="stream">The layer's file.</param>
    /// <param name="fields">Learns the fields the features add up to.</param>
    /// <param name="check">More rules for each feature, made on the threads that parse them.</param>
    public IEnumerable<PlanFeature> ReadFeatures(Stream stream, FieldInference fields, Func<PlanFeature, IReadOnlyList<GeodataProblem>>? check = null)
    {
        var json = new GeoJsonFeatureStream(stream);
        using var parser = new ParallelFeatureParser(json, () => new FeatureParser(layer, file), check);
        foreach (var (feature, featureProblems) in parser.Features())
        {
            foreach (var problem in featureProblems ?? [])
            {
                problems.Add(problem);
            }

            if (feature is null)
            {
                continue;
            }

            foreach (var (name, value) in feature.Attributes)
            {
                fields.Observe(name, value, feature.Id, _problem ??= Problem);
            }

            yield return feature;
        }

        ReportEnd(json, parser.Malformed, parser.Count);
    }

    private bool MoveNext(GeoJsonFeatureStream json, int index)
    {
        try
        {
            if (json.MoveNext())
            {
                return true;
            }

            ReportEnd(json, null, index);
        }
        catch (JsonException e)
        {
            ReportEnd(json, e, index);
        }

        return false;
    }

    // The features ended: at the end of a file without a 'features' array, or at malformed JSON.
    private void ReportEnd(GeoJsonFeatureStream json, JsonException? malformed, int index)
    {
        if (malformed is not null)
        {
            Problem(json.HasFeatures ? $"features[{index}]" : null, malformed.Message);
            _malformed = true;
        }
        else if (!json.HasFeatures)
        {
            Problem(null, "the file must be a GeoJSON FeatureCollection with a 'features' array");
        }
    }

    private void Problem(string? item, string message) => problems.Add(new GeodataProblem(file, item, message));
}
