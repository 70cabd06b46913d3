using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>Replaces everything a PostGIS database holds with a dataset, in one transaction: readers see the old data or the new, never a mix.</summary>
/// <remarks>Only the indicator values recorded through the API (not bundled) outlive a load: they are copied back after the dataset's
/// bundled values, in their order, so that a value recorded for an indicator and year stays its current one. The audit trail of
/// edits and imports is kept as it is, and the load adds an import of each collection to it.</remarks>
public static class PostGisLoader
{
    /// <summary>Held by loads and collection writes until they commit: two at once would drop each other's tables or both claim an id;
    /// the second waits for the first.</summary>
    internal const long WriteLock = 0x6765_6F70_6C61_6E02;

    /// <summary>Migrates the schema, then copies the dataset in with binary COPY; a failure or cancellation leaves the previous data.</summary>
    public static async Task LoadAsync(NpgsqlDataSource dataSource, PlanDataset dataset, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        await LoadAsync(dataSource, new DatasetLoadSource(dataset), ct);
    }

    /// <summary>Copies a source in while it is still being read, and commits only if the source is valid once read.</summary>
    /// <returns>The layers as loaded, with their fields, feature counts and extents; null when the source was not valid and nothing changed.</returns>
    /// <remarks>Features go from the source into COPY one by one, so the load holds only their ids, whatever the size of the data.</remarks>
    public static async Task<IReadOnlyList<LayerInfo>?> LoadAsync(NpgsqlDataSource dataSource, ILoadSource source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await PostGisMigrations.ApplyAsync(dataSource, ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync($"SELECT pg_advisory_xact_lock({WriteLock})", ct);
        var recorded = await IndicatorActualTable.RecordedAsync(connection, ct);
        await ClearAsync(connection, ct);

        // The layer tables are filled first, without keys: the registry their keys refer to is only complete once every feature is read.
        var registry = new List<(string Id, string Layer)>();
        var layers = new List<LayerInfo>();
        foreach (var layer in source.Layers)
        {
            var first = registry.Count;
            var loaded = await CopyLayerAsync(connection, source, layer, registry, ct);
            var fields = source.FieldsOf(layer);
            if (!fields.SequenceEqual(layer.Fields))
            {
                // A feature needed a field the first ones did not foresee: the layer is copied again with the fields every feature fits.
                await connection.ExecuteAsync($"DROP TABLE {PgSql.LayerTable(layer.Id)}", ct);
                registry.RemoveRange(first, registry.Count - first);
                loaded = await CopyLayerAsync(connection, source, layer with { Fields = fields }, registry, ct);
            }

            layers.Add(loaded);
        }

        if (!await source.IsValidAsync(ct))
        {
            return null;
        }

        await BinaryCopy.IntoAsync(connection, "geoplan_layers", LayerRegistry.Columns, layers.Select(LayerRegistry.Row), ct);
        var registryConstraints = await SetAsideConstraints.DropAsync(connection, "geoplan_features", ct);
        await BinaryCopy.IntoAsync(
            connection, "geoplan_features", [("id", NpgsqlDbType.Text), ("layer", NpgsqlDbType.Text)], registry.Select(f => new object?[] { f.Id, f.Layer }), ct);
        await registryConstraints.RestoreAsync(connection, ct);
        foreach (var layer in layers)
        {
            await connection.ExecuteAsync(new LayerTable(layer).Index(), ct);
        }

        await PlanRows.CopyAsync(connection, source.Tasks, source.Indicators, ct);
        await IndicatorActualTable.InsertAsync(connection, source.Actuals, recorded, ct);
        foreach (var layer in layers)
        {
            await FeatureAuditTable.InsertAsync(
                connection,
                new FeatureAuditRecord(0, layer.Id, null, AuditOperation.Import, FeatureAuditRecord.Geodata, default, null, null, layer.FeatureCount),
                ct);
        }

        await PostGisChanges.NotifyAsync(connection, FeatureChange.Everything, ct);
        await transaction.CommitAsync(ct);
        return layers;
    }

    // Creates a layer's table and copies its features in; returns the layer with the count and extent of what was copied.
    private static async Task<LayerInfo> CopyLayerAsync(
        NpgsqlConnection connection, ILoadSource source, LayerInfo layer, List<(string Id, string Layer)> registry, CancellationToken ct)
    {
        var table = new LayerTable(layer);
        var extent = new Envelope();
        var first = registry.Count;
        await connection.ExecuteAsync(table.Create(), ct);
        await BinaryCopy.IntoAsync(connection, table.Name, table.Columns, Rows(source.ReadFeatures(layer), table, registry, extent), ct);
        return layer with { Extent = layer.Extent ?? (extent.IsNull ? null : extent), FeatureCount = registry.Count - first };
    }

    // Each feature becomes a row as it is read; on the way its id joins the registry and its envelope the layer's extent.
    private static IEnumerable<object?[]> Rows(IEnumerable<PlanFeature> features, LayerTable table, List<(string Id, string Layer)> registry, Envelope extent)
    {
        foreach (var feature in features)
        {
            registry.Add((feature.Id, feature.Layer));
            extent.ExpandToInclude(feature.Geometry.EnvelopeInternal);
            yield return table.Row(feature);
        }
    }

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
            await connection.ExecuteAsync($"DROP TABLE {string.Join(", ", tables)}", ct);
        }

        await connection.ExecuteAsync(
            "TRUNCATE plan_indicator_actuals, plan_indicator_tasks, plan_indicators, plan_task_features, plan_task_targets, plan_tasks, " +
            "geoplan_features, geoplan_layers RESTART IDENTITY",
            ct);
    }
}
