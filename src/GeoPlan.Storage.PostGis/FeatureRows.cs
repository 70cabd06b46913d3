using System.Runtime.CompilerServices;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using NetTopologySuite.Geometries;
using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>Reads <c>SELECT *</c> rows of a layer table into features; the columns after the common ones are the layer's attributes.</summary>
internal static class FeatureRows
{
    private static readonly HashSet<string> NotAttributes = ["id", "geom", .. LayerInfo.CommonFields.Select(f => f.Name)];

    /// <summary>Every row of the reader's current result set, in order, as it is read.</summary>
    public static async IAsyncEnumerable<PlanFeature> StreamAsync(
        NpgsqlDataReader reader, string layerId, [EnumeratorCancellation] CancellationToken ct)
    {
        var ordinals = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => i, StringComparer.Ordinal);
        var attributes = ordinals.Keys.Where(name => !NotAttributes.Contains(name)).OrderBy(name => ordinals[name]).ToList();
        var (id, geom) = (ordinals["id"], ordinals["geom"]);
        while (await reader.ReadAsync(ct))
        {
            yield return FeatureColumns.ToFeature(
                layerId,
                reader.GetString(id),
                reader.GetFieldValue<Geometry>(geom),
                name => reader.IsDBNull(ordinals[name]) ? null : reader.GetValue(ordinals[name]),
                attributes);
        }
    }
}
