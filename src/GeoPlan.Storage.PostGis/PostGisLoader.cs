using System.Text.Json;
using GeoPlan.Core.Model;
using Npgsql;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>Replaces everything a PostGIS database holds with a dataset, in one transaction: readers see the old data or the new, never a mix.</summary>
public static class PostGisLoader
{
    // Two loads at once would each drop the other's tables; the second waits for the first to commit.
    private const long LoadLock = 0x6765_6F70_6C61_6E02;

    private static readonly JsonSerializerOptions FieldJson = WireNamingPolicy.Apply(new JsonSerializerOptions());

    /// <summary>Migrates the schema, then copies the dataset in with binary COPY; a failure or cancellation leaves the previous data.</summary>
    public static async Task LoadAsync(NpgsqlDataSource dataSource, PlanDataset dataset, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        await PostGisMigrations.ApplyAsync(dataSource, ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LoadLock})", ct);
        await ClearAsync(connection, ct);

        var featuresOf = dataset.Features.ToLookup(f => f.Layer, StringComparer.Ordinal);
        var layers = dataset.Layers.Select((l, i) => LayerRow(l, i, featuresOf[l.Id].Count()));
        await BinaryCopy.IntoAsync(connection, "geoplan_layers", LayerColumns, layers, ct);
        var registryConstraints = await SetAsideConstraints.DropAsync(connection, "geoplan_features", ct);
        var registry = dataset.Features.Select(f => new object?[] { f.Id, f.Layer });
        await BinaryCopy.IntoAsync(connection, "geoplan_features", [("id", NpgsqlDbType.Text), ("layer", NpgsqlDbType.Text)], registry, ct);
        await registryConstraints.RestoreAsync(connection, ct);
        foreach (var layer in dataset.Layers)
        {
            var table = new LayerTable(layer);
            await ExecuteAsync(connection, table.Create(), ct);
            await BinaryCopy.IntoAsync(connection, table.Name, table.Columns, featuresOf[layer.Id].Select(table.Row), ct);
            await ExecuteAsync(connection, table.Index(), ct);
        }

        await PlanRows.CopyAsync(connection, dataset, ct);
        await transaction.CommitAsync(ct);
    }

    private static readonly (string, NpgsqlDbType)[] LayerColumns =
    [
        ("id", NpgsqlDbType.Text), ("ordinal", NpgsqlDbType.Integer), ("title_zh", NpgsqlDbType.Text), ("title_en", NpgsqlDbType.Text),
        ("description", NpgsqlDbType.Text), ("geometry_type", NpgsqlDbType.Text), ("fields", NpgsqlDbType.Jsonb), ("feature_count", NpgsqlDbType.Bigint),
        ("min_x", NpgsqlDbType.Double), ("min_y", NpgsqlDbType.Double), ("max_x", NpgsqlDbType.Double), ("max_y", NpgsqlDbType.Double),
    ];

    private static object?[] LayerRow(LayerInfo layer, int ordinal, long featureCount) =>
    [
        layer.Id, ordinal, layer.TitleZh, layer.TitleEn, layer.Description, layer.GeometryType.ToString(),
        JsonSerializer.Serialize(layer.Fields, FieldJson), featureCount,
        layer.Extent?.MinX, layer.Extent?.MinY, layer.Extent?.MaxX, layer.Extent?.MaxY,
    ];

    private static async Task ClearAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = @schema", connection))
        {
            command.Parameters.AddWithValue("schema", PgSql.LayerSchema);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(PgSql.LayerTable(reader.GetString(0)));
            }
        }

        if (tables.Count > 0)
        {
            await ExecuteAsync(connection, $"DROP TABLE {string.Join(", ", tables)}", ct);
        }

        await ExecuteAsync(
            connection,
            "TRUNCATE plan_indicator_tasks, plan_indicators, plan_task_features, plan_task_targets, plan_tasks, geoplan_features, geoplan_layers",
            ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
