using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoPlan.Core.Storage;

/// <summary>All features of one layer in memory under an R-tree, answering the store's scans without a query.</summary>
/// <remarks>Answers exactly as <see cref="IFeatureStore.ScanAsync"/> does: the features whose geometry intersects the box (all when
/// none), existing in the scenario (all when none), in the store's id order.</remarks>
public sealed class FeatureIndex
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private readonly STRtree<int> _tree = new();
    private readonly PlanFeature[] _features;

    private FeatureIndex(PlanFeature[] features)
    {
        _features = features;
        for (var i = 0; i < features.Length; i++)
        {
            _tree.Insert(features[i].Geometry.EnvelopeInternal, i);
        }

        _tree.Build();
    }

    /// <summary>How many features the index holds.</summary>
    public int Count => _features.Length;

    /// <summary>Reads every feature of <paramref name="layerId"/> from <paramref name="store"/>, which gives them in id order.</summary>
    public static async Task<FeatureIndex> LoadAsync(IFeatureStore store, string layerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var features = new List<PlanFeature>();
        await foreach (var feature in store.ScanAsync(layerId, null, null, cancellationToken))
        {
            features.Add(feature);
        }

        return new FeatureIndex([.. features]);
    }

    /// <summary>The features intersecting <paramref name="bbox"/> (all when null) that exist in <paramref name="scenario"/> (all when null), in id order.</summary>
    public List<PlanFeature> Scan(BoundingBox? bbox, ScenarioYear? scenario)
    {
        if (bbox is not { } box)
        {
            return _features.Where(f => scenario?.Includes(f) != false).ToList();
        }

        var envelope = box.ToEnvelope();
        var rectangle = Wgs84.ToGeometry(envelope);
        var hits = _tree.Query(envelope).ToList();
        hits.Sort();
        var found = new List<PlanFeature>(hits.Count);
        foreach (var i in hits)
        {
            var feature = _features[i];
            if (scenario?.Includes(feature) != false && rectangle.Intersects(feature.Geometry))
            {
                found.Add(feature);
            }
        }

        return found;
    }
}
