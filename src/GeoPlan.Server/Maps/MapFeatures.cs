using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;

namespace GeoPlan.Server.Maps;

/// <summary>Reads the features a map or a pixel query needs from the store, layer by layer.</summary>
internal static class MapFeatures
{
    // Points just outside the map still show part of their circle, so the map reads a few pixels past its edges.
    private const double EdgePadding = 16;

    /// <summary>The features of the request's layers that reach into its map, by layer id.</summary>
    public static Task<ILookup<string, PlanFeature>> ReadAsync(IFeatureStore store, MapRequest request, CancellationToken ct) =>
        ReadAsync(store, request.Layers, new ViewportPixels(request.Viewport).LonLatBounds(EdgePadding), request.Scenario, ct);

    /// <summary>The features of <paramref name="layers"/> intersecting <paramref name="box"/> (none when the box is null), by layer id.</summary>
    public static async Task<ILookup<string, PlanFeature>> ReadAsync(
        IFeatureStore store, IEnumerable<string> layers, BoundingBox? box, ScenarioYear? scenario, CancellationToken ct)
    {
        var features = new List<PlanFeature>();
        if (box is not null)
        {
            foreach (var layer in layers)
            {
                await foreach (var feature in store.ScanAsync(layer, box, scenario, ct))
                {
                    features.Add(feature);
                }
            }
        }

        return features.ToLookup(f => f.Layer, StringComparer.Ordinal);
    }
}
