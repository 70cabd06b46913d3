using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>Turns a <see cref="PlaceReference"/> into a point, looking named features up in a store.</summary>
public static class CommutePlaces
{
    /// <summary>The place, or an error saying which collection or feature could not be found.</summary>
    public static async Task<(CommutePlace? Place, string? Error)> ResolveAsync(IFeatureStore store, PlaceReference reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.LonLat is { } lonLat)
        {
            return (new CommutePlace(lonLat, null, null, null, null), null);
        }

        var collection = reference.Collection!;
        var key = reference.Key!;
        if (await store.GetLayerAsync(collection, ct) is null)
        {
            var known = string.Join(", ", (await store.GetLayersAsync(ct)).Select(l => l.Id));
            return (null, $"there is no collection '{collection}'; collections: {known}");
        }

        if (await store.GetFeatureAsync(collection, key, ct) is { } byId)
        {
            return (PlaceOf(byId), null);
        }

        var named = new List<PlanFeature>();
        await foreach (var feature in store.ScanAsync(collection, null, null, ct))
        {
            if (feature.NameZh == key || string.Equals(feature.NameEn, key, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(feature.Attributes.GetValueOrDefault("former_name_zh") as string, key, StringComparison.Ordinal))
            {
                named.Add(feature);
            }
        }

        return named.Count switch
        {
            1 => (PlaceOf(named[0]), null),
            0 => (null, $"collection '{collection}' has no feature with id or name '{key}'"),
            _ => (null, $"'{key}' names {named.Count} features of '{collection}' ({string.Join(", ", named.Select(f => f.Id))}); give one id"),
        };
    }

    private static CommutePlace PlaceOf(PlanFeature feature)
    {
        var point = feature.Geometry is Point p ? p : feature.Geometry.InteriorPoint;
        return new CommutePlace(point.Coordinate.Copy(), feature.Layer, feature.Id, feature.NameZh, feature.NameEn);
    }
}
