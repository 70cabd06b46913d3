using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>A <see cref="CollectionWrite"/> carried out in one PostgreSQL transaction: the features are copied into a table of their own,
/// checked there with a few set-based queries, and only then put in place of (or beside) the collection's.</summary>
/// <remarks>Until the swap at the end, readers keep reading the collection as it was: a replace locks its table only from the swap to
/// the commit.</remarks>
internal static class LayerWriteTransaction
{
    // An append copies into a temporary table, dropped before the commit; a replace into one beside the collection's (see RunAsync),
    // renamed to take its place.
    private const string AppendTable = "pg_temp.geoplan_append";

    /// <summary>Writes, records the import in the audit trail, announces and commits, or throws having changed nothing; returns the collection as it was, or null.</summary>
    public static async Task<LayerInfo?> RunAsync(
        NpgsqlConnection connection, CollectionWrite write, string editor, string origin, CancellationToken ct)
    {
        var layerId = write.Layer.Id;
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync($"SELECT pg_advisory_xact_lock({PostGisLoader.WriteLock})", ct);
        var before = (await LayerRegistry.ReadAsync(connection, layerId, ct)).SingleOrDefault();
        if (write.Mode == ImportMode.Append)
        {
            write.CheckAppendTo(before);
        }

        var replacing = write.Mode == ImportMode.Replace;
        // The colon keeps the name of the table a replace fills apart from every collection id.
        var staging = new LayerTable(write.Layer, replacing ? $"{PgSql.LayerSchema}.{PgSql.Quote(layerId + ":import")}" : AppendTable);
        await connection.ExecuteAsync(staging.Create(), ct);
        await BinaryCopy.IntoAsync(connection, staging.Name, staging.Columns, write.ReadAsync(ct).Select(staging.Row), ct);

        await RefuseRepeatedIdsAsync(connection, staging.Name, layerId, ct);
        await RefuseIdsHeldAsync(connection, staging.Name, layerId, replacing, ct);
        if (replacing && before is not null)
        {
            await RefuseDroppingLinkedFeaturesAsync(connection, staging.Name, layerId, ct);
        }

        var after = write.Result(before);
        await LayerRegistry.SaveAsync(connection, after, ct);
        if (replacing)
        {
            await ReplaceAsync(connection, staging.Name, after, before is not null, ct);
        }
        else
        {
            await AppendAsync(connection, staging, layerId, ct);
        }

        await FeatureAuditTable.InsertAsync(
            connection, new FeatureAuditRecord(0, layerId, null, AuditOperation.Import, editor, default, null, null, write.Count), ct);
        await PostGisChanges.NotifyAsync(connection, write.Change(before), origin, ct);
        ct.ThrowIfCancellationRequested();
        // Everything is written and checked: the commit is not abandoned half-way for a late cancellation.
        await transaction.CommitAsync(CancellationToken.None);
        return before;
    }

    private static async Task ReplaceAsync(NpgsqlConnection connection, string staging, LayerInfo layer, bool existed, CancellationToken ct)
    {
        var parameters = new[] { ("layer", (object)layer.Id) };
        if (existed)
        {
            // The old table goes first: its key refers to the registry rows of the ids that leave the collection.
            await connection.ExecuteAsync($"DROP TABLE {PgSql.LayerTable(layer.Id)}", ct);
            await connection.ExecuteAsync(
                $"DELETE FROM geoplan_features f WHERE f.layer = @layer AND NOT EXISTS (SELECT 1 FROM {staging} s WHERE s.id = f.id)",
                ct,
                parameters);
        }

        await connection.ExecuteAsync(
            $"INSERT INTO geoplan_features (id, layer) SELECT id, @layer FROM {staging} ON CONFLICT (id) DO NOTHING",
            ct,
            parameters);
        await connection.ExecuteAsync($"ALTER TABLE {staging} RENAME TO {PgSql.Quote(layer.Id)}", ct);
        await connection.ExecuteAsync(new LayerTable(layer).Index(), ct);
    }

    private static async Task AppendAsync(NpgsqlConnection connection, LayerTable staging, string layerId, CancellationToken ct)
    {
        var columns = string.Join(", ", staging.Columns.Select(c => PgSql.Quote(c.Name)));
        await connection.ExecuteAsync(
            $"INSERT INTO geoplan_features (id, layer) SELECT id, @layer FROM {staging.Name}", ct, ("layer", layerId));
        await connection.ExecuteAsync($"INSERT INTO {PgSql.LayerTable(layerId)} ({columns}) SELECT {columns} FROM {staging.Name}", ct);
        await connection.ExecuteAsync($"DROP TABLE {staging.Name}", ct);
    }

    private static async Task RefuseRepeatedIdsAsync(NpgsqlConnection connection, string staging, string layerId, CancellationToken ct)
    {
        var sql = $"SELECT id, @layer FROM {staging} GROUP BY id HAVING count(*) > 1 LIMIT 1";
        if (await ReadPairAsync(connection, sql, layerId, ct) is { } repeated)
        {
            throw new DuplicateFeatureIdException(repeated.First, repeated.Second);
        }
    }

    // The registry's key answers for every collection at once; a replace may of course reuse its own collection's ids.
    private static async Task RefuseIdsHeldAsync(
        NpgsqlConnection connection, string staging, string layerId, bool replacing, CancellationToken ct)
    {
        var sql = $"""
            SELECT s.id, f.layer FROM {staging} s JOIN geoplan_features f ON f.id = s.id
            {(replacing ? "WHERE f.layer <> @layer" : "")} LIMIT 1
            """;
        if (await ReadPairAsync(connection, sql, layerId, ct) is { } held)
        {
            throw new DuplicateFeatureIdException(held.First, held.Second);
        }
    }

    // Plan tasks name features by id; a replace must not leave a task naming a feature that no longer exists.
    private static async Task RefuseDroppingLinkedFeaturesAsync(
        NpgsqlConnection connection, string staging, string layerId, CancellationToken ct)
    {
        var sql = $"""
            SELECT t.task_id, t.feature_id FROM plan_task_features t
              JOIN geoplan_features f ON f.id = t.feature_id
              JOIN plan_tasks p ON p.id = t.task_id
             WHERE f.layer = @layer AND NOT EXISTS (SELECT 1 FROM {staging} s WHERE s.id = t.feature_id)
             ORDER BY p.ordinal, t.ordinal LIMIT 1
            """;
        if (await ReadPairAsync(connection, sql, layerId, ct) is { } link)
        {
            throw new InvalidOperationException(
                $"the plan task '{link.First}' names the feature '{link.Second}' of the collection '{layerId}', which the replacing " +
                "features lack; include a feature with that id, or append instead of replacing");
        }
    }

    private static async Task<(string First, string Second)?> ReadPairAsync(
        NpgsqlConnection connection, string sql, string layerId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("layer", layerId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetString(1)) : null;
    }
}
