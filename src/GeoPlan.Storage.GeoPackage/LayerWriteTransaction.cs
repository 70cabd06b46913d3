using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>A <see cref="CollectionWrite"/> carried out in one SQLite transaction, committed only when every check passed.</summary>
/// <remarks>SQLite's rollback journal makes it all or nothing even when the process dies mid-way: the next connection to open the file
/// rolls the hot journal back.</remarks>
internal static class LayerWriteTransaction
{
    // Pages a write keeps in memory before it must spill them into the file, which takes the file's exclusive lock and so holds other
    // readers off until the commit: up to this much, readers keep reading the old data while the import runs. A fixed amount, whatever
    // the number of features.
    private const int CacheKibibytes = 64 * 1024;
    private const int DefaultCacheKibibytes = 2000;

    /// <summary>Writes, records the import in the audit trail and commits, or throws having changed nothing; returns the collection as it
    /// was before (null when new).</summary>
    public static async Task<LayerInfo?> RunAsync(SqliteConnection connection, CollectionWrite write, string editor, CancellationToken ct)
    {
        SetCache(connection, CacheKibibytes);
        try
        {
            return await WriteAsync(connection, write, editor, ct);
        }
        finally
        {
            // The connection goes back to the pool, where queries need no more than SQLite's default.
            SetCache(connection, DefaultCacheKibibytes);
        }
    }

    private static async Task<LayerInfo?> WriteAsync(SqliteConnection connection, CollectionWrite write, string editor, CancellationToken ct)
    {
        // BEGIN IMMEDIATE: another writer waits here rather than failing at its first insert.
        using var transaction = connection.BeginTransaction(deferred: false);
        var layers = LayerRegistry.Read(connection, transaction);
        var layerId = write.Layer.Id;
        var before = layers.FirstOrDefault(l => l.Id == layerId);
        long lastOldFid = 0;
        if (write.Mode == ImportMode.Append)
        {
            write.CheckAppendTo(before);
            lastOldFid = (long)Sql.Scalar(connection, transaction, $"SELECT coalesce(max(fid), 0) FROM {Sql.Quote(layerId)}")!;
        }
        else if (before is not null)
        {
            var ordinal = LayerRegistry.Remove(connection, transaction, layerId);
            LayerRegistry.Add(connection, transaction, write.Layer with { Extent = null }, ordinal);
        }
        else
        {
            RefuseTableOfAnotherKind(connection, transaction, layerId);
            LayerRegistry.Add(connection, transaction, write.Layer with { Extent = null });
        }

        using (var insert = new FeatureInsert(connection, transaction, write.Layer))
        {
            await foreach (var feature in write.ReadAsync(ct))
            {
                insert.Insert(feature);
            }
        }

        RefuseIdsOfOtherLayers(connection, transaction, layerId, lastOldFid, write.Count, layers.Where(l => l.Id != layerId));
        if (write.Mode == ImportMode.Replace && before is not null)
        {
            RefuseDroppingLinkedFeatures(connection, transaction, layerId);
        }

        LayerRegistry.SetExtent(connection, transaction, layerId, write.Result(before).Extent);
        FeatureAuditRows.Ensure(connection, transaction);
        FeatureAuditRows.Insert(
            connection,
            transaction,
            new FeatureAuditRecord(0, layerId, null, AuditOperation.Import, editor, DateTimeOffset.UtcNow, null, null, write.Count));
        ct.ThrowIfCancellationRequested();
        transaction.Commit();
        return before;
    }

    private static void SetCache(SqliteConnection connection, int kibibytes) =>
        Sql.Execute(connection, null, $"PRAGMA cache_size = -{kibibytes.ToString(CultureInfo.InvariantCulture)}");

    // The id index of the written table and of each other layer decide together: each pair is joined looping over the smaller side,
    // so the check costs the new features or the other layer's, whichever is fewer, in index lookups.
    private static void RefuseIdsOfOtherLayers(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string layerId,
        long lastOldFid,
        long written,
        IEnumerable<LayerInfo> others)
    {
        var target = Sql.Quote(layerId);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$last", lastOldFid);
        var probes = new List<string>();
        foreach (var other in others)
        {
            var table = Sql.Quote(other.Id);
            var holder = "$holder" + probes.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(holder, other.Id);
            // CROSS JOIN keeps SQLite's loop order: the left table is the outer loop.
            probes.Add(written <= other.FeatureCount
                ? $"SELECT * FROM (SELECT n.id, {holder} FROM {target} n CROSS JOIN {table} o ON o.id = n.id WHERE n.fid > $last LIMIT 1)"
                : $"SELECT * FROM (SELECT o.id, {holder} FROM {table} o CROSS JOIN {target} n ON n.id = o.id AND n.fid > $last LIMIT 1)");
        }

        if (probes.Count == 0)
        {
            return;
        }

        command.CommandText = string.Join(" UNION ALL ", probes) + " LIMIT 1";
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            throw new DuplicateFeatureIdException(reader.GetString(0), reader.GetString(1));
        }
    }

    // Plan tasks name features by id; a replace must not leave a task naming a feature that no longer exists.
    private static void RefuseDroppingLinkedFeatures(SqliteConnection connection, SqliteTransaction transaction, string layerId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT t.task_id, t.feature_id FROM plan_task_features t
            WHERE t.layer = $layer AND NOT EXISTS (SELECT 1 FROM {Sql.Quote(layerId)} n WHERE n.id = t.feature_id)
            ORDER BY t.fid LIMIT 1
            """;
        command.Parameters.AddWithValue("$layer", layerId);
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            throw new InvalidOperationException(
                $"the plan task '{reader.GetString(0)}' names the feature '{reader.GetString(1)}' of the collection '{layerId}', " +
                "which the replacing features lack; include a feature with that id, or append instead of replacing");
        }
    }

    private static void RefuseTableOfAnotherKind(SqliteConnection connection, SqliteTransaction transaction, string layerId)
    {
        var kind = Sql.Scalar(connection, transaction, "SELECT type FROM sqlite_master WHERE lower(name) = $name", ("$name", layerId));
        if (kind is not null)
        {
            throw new InvalidOperationException(
                $"the GeoPackage already has a {kind} named '{layerId}' that is not a feature collection; " +
                "import under another collection id");
        }
    }
}
