using System.Text.Json;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>The layer catalogue, <c>geoplan_layers</c>: a row per layer with its titles, geometry type, fields, count and extent.</summary>
internal static class LayerRegistry
{
    private static readonly JsonSerializerOptions FieldJson = WireNamingPolicy.Apply(new JsonSerializerOptions());

    /// <summary>The catalogue's columns, in the order of <see cref="Row"/>.</summary>
    public static IReadOnlyList<(string Name, NpgsqlDbType Type)> Columns { get; } =
    [
        ("id", NpgsqlDbType.Text), ("ordinal", NpgsqlDbType.Integer), ("title_zh", NpgsqlDbType.Text), ("title_en", NpgsqlDbType.Text),
        ("description", NpgsqlDbType.Text), ("geometry_type", NpgsqlDbType.Text), ("fields", NpgsqlDbType.Jsonb),
        ("feature_count", NpgsqlDbType.Bigint),
        ("min_x", NpgsqlDbType.Double), ("min_y", NpgsqlDbType.Double), ("max_x", NpgsqlDbType.Double), ("max_y", NpgsqlDbType.Double),
    ];

    /// <summary>A layer's catalogue row at a display position.</summary>
    public static object?[] Row(LayerInfo layer, int ordinal) =>
    [
        layer.Id, ordinal, layer.TitleZh, layer.TitleEn, layer.Description, layer.GeometryType.ToString(),
        JsonSerializer.Serialize(layer.Fields, FieldJson), layer.FeatureCount,
        layer.Extent?.MinX, layer.Extent?.MinY, layer.Extent?.MaxX, layer.Extent?.MaxY,
    ];

    /// <summary>Every layer in display order, or the one named.</summary>
    public static async Task<IReadOnlyList<LayerInfo>> ReadAsync(NpgsqlConnection connection, string? layerId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT id, title_zh, title_en, description, geometry_type, fields::text, feature_count, min_x, min_y, max_x, max_y
              FROM geoplan_layers {(layerId is null ? "" : "WHERE id = @id")} ORDER BY ordinal
            """,
            connection);
        if (layerId is not null)
        {
            command.Parameters.AddWithValue("id", layerId);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var layers = new List<LayerInfo>();
        while (await reader.ReadAsync(ct))
        {
            layers.Add(new LayerInfo(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<OgcGeometryType>(reader.GetString(4)),
                JsonSerializer.Deserialize<List<FieldInfo>>(reader.GetString(5), FieldJson)!,
                reader.IsDBNull(7) ? null : new Envelope(reader.GetDouble(7), reader.GetDouble(9), reader.GetDouble(8), reader.GetDouble(10)),
                reader.GetInt64(6)));
        }

        return layers;
    }

    /// <summary>Records a layer as it now is: a new one after the others, a known one in its place.</summary>
    public static async Task SaveAsync(NpgsqlConnection connection, LayerInfo layer, CancellationToken ct)
    {
        var assignments = string.Join(", ", Columns.Skip(2).Select(c => $"{c.Name} = excluded.{c.Name}"));
        var names = string.Join(", ", Columns.Select(c => c.Name));
        const string Last = "(SELECT coalesce(max(ordinal) + 1, 0) FROM geoplan_layers)";
        var values = string.Join(", ", Columns.Select(c => c.Name == "ordinal" ? Last : "@" + c.Name));
        await using var command = new NpgsqlCommand(
            $"INSERT INTO geoplan_layers ({names}) VALUES ({values}) ON CONFLICT (id) DO UPDATE SET {assignments}", connection);
        var row = Row(layer, 0);
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name != "ordinal")
            {
                command.Parameters.Add(new NpgsqlParameter(Columns[i].Name, Columns[i].Type) { Value = row[i] ?? DBNull.Value });
            }
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
