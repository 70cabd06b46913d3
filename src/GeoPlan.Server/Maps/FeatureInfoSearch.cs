using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Maps;

/// <summary>Finds the features drawn under a pixel of a map: within a few pixels of its centre, nearest first, per queried layer.</summary>
internal static class FeatureInfoSearch
{
    /// <summary>How far from the pixel's centre, in pixels, a feature still counts as under it: about a station circle's radius.</summary>
    public const double TolerancePixels = 5;

    private static readonly GeometryFactory Pixels = new();

    /// <summary>The features, grouped by layer in the order the layers were asked for.</summary>
    public static async Task<IReadOnlyList<PlanFeature>> FindAsync(IFeatureStore store, WmsFeatureInfoRequest request, CancellationToken ct)
    {
        var viewport = new ViewportPixels(request.Map.Viewport);
        var centre = Pixels.CreatePoint(new Coordinate(request.I + 0.5, request.J + 0.5));
        var search = new Envelope(centre.Coordinate);
        search.ExpandBy(TolerancePixels + 1);
        var candidates = await MapFeatures.ReadAsync(store, request.QueryLayers, viewport.LonLatBounds(search), request.Map.Scenario, ct);
        return request.QueryLayers
            .SelectMany(layer => candidates[layer]
                .Select(feature => (Feature: feature, Distance: viewport.ToPixels(feature.Geometry).Distance(centre)))
                .Where(hit => hit.Distance <= TolerancePixels)
                .OrderBy(hit => hit.Distance)
                .ThenBy(hit => hit.Feature.Id, StringComparer.Ordinal)
                .Take(request.FeatureCount)
                .Select(hit => hit.Feature))
            .ToList();
    }
}
