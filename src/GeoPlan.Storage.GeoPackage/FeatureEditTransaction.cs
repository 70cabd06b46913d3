using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>One edit of one feature in one SQLite transaction: the version checked, the row changed, the collection's extent kept, and
/// the change recorded in the audit trail; committed only when all of it succeeded.</summary>
internal static class FeatureEditTransaction
{
    /// <summary>Carries out the edit and returns its audit record, or throws having changed nothing.</summary>
    /// <param name="connection">A writable connection.</param>
    /// <param name="edit">What to do: the feature after the edit (null to delete) and the version expected (null to create).</param>
    /// <param name="ct">Stops the edit before it commits.</param>
    public static async Task<FeatureAuditRecord> RunAsync(SqliteConnection connection, FeatureEdit edit, CancellationToken ct)
    {
        // BEGIN IMMEDIATE: the version read below stays current until the commit, whoever else writes.
        using var transaction = connection.BeginTransaction(deferred: false);
        var layers = LayerRegistry.Read(connection, transaction);
        var layer = layers.FirstOrDefault(l => l.Id == edit.Collection)
            ?? throw new ArgumentException(
                $"there is no collection '{edit.Collection}'; see /collections for the ones there are", nameof(edit));
        var after = edit.After is null ? null : FeatureEditCheck.Check(layer, edit.After);
        var before = await ReadAsync(connection, transaction, layer, edit.FeatureId, ct);
        if (edit.Operation == AuditOperation.Create)
        {
            if ((before is not null ? layer.Id : HolderOf(connection, transaction, layers, edit.FeatureId)) is { } holder)
            {
                throw new DuplicateFeatureIdException(edit.FeatureId, holder);
            }
        }
        else
        {
            if (before is null)
            {
                throw new FeatureNotFoundException(edit.Collection, edit.FeatureId);
            }

            var current = FeatureAuditRows.Version(connection, transaction, edit.Collection, edit.FeatureId);
            if (current != edit.ExpectedVersion)
            {
                throw new VersionMismatchException(edit.Collection, edit.FeatureId, edit.ExpectedVersion ?? 0, current);
            }

            if (after is null)
            {
                RefuseDeletingLinkedFeature(connection, transaction, edit.FeatureId);
            }

            Sql.Execute(connection, transaction, $"DELETE FROM {Sql.Quote(layer.Id)} WHERE id = $id", ("$id", edit.FeatureId));
        }

        if (after is not null)
        {
            using var insert = new FeatureInsert(connection, transaction, layer);
            insert.Insert(after);
        }

        var (known, extent) = FeatureEditCheck.ExtentAfter(
            layer.Extent, before?.Geometry.EnvelopeInternal, after?.Geometry.EnvelopeInternal);
        LayerRegistry.SetExtent(connection, transaction, layer.Id, known ? extent : MeasureExtent(connection, transaction, layer.Id));
        FeatureAuditRows.Ensure(connection, transaction);
        var record = FeatureAuditRows.Insert(
            connection,
            transaction,
            new FeatureAuditRecord(0, layer.Id, edit.FeatureId, edit.Operation, edit.Editor, DateTimeOffset.UtcNow, before, after, null));
        ct.ThrowIfCancellationRequested();
        transaction.Commit();
        return record;
    }

    private static async Task<PlanFeature?> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, LayerInfo layer, string featureId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"{GeoPackageFeatureStore.SelectFeatures(layer)} WHERE id = $id";
        command.Parameters.AddWithValue("$id", featureId);
        return await GeoPackageFeatureStore.ReadFeaturesAsync(command, layer, ct).SingleOrDefaultAsync(ct);
    }

    private static string? HolderOf(
        SqliteConnection connection, SqliteTransaction transaction, IEnumerable<LayerInfo> layers, string featureId) =>
        layers.FirstOrDefault(l =>
            Sql.Scalar(connection, transaction, $"SELECT 1 FROM {Sql.Quote(l.Id)} WHERE id = $id", ("$id", featureId)) is not null)?.Id;

    // Plan tasks name features by id; deleting one would leave a task naming nothing.
    private static void RefuseDeletingLinkedFeature(SqliteConnection connection, SqliteTransaction transaction, string featureId)
    {
        const string FirstTask = "SELECT task_id FROM plan_task_features WHERE feature_id = $id ORDER BY fid LIMIT 1";
        if (Sql.Scalar(connection, transaction, FirstTask, ("$id", featureId)) is string task)
        {
            throw new InvalidOperationException(
                $"the plan task '{task}' names the feature '{featureId}', so it cannot be deleted; change its status instead " +
                "(e.g. to proposed), or replace its geometry");
        }
    }

    private static NetTopologySuite.Geometries.Envelope? MeasureExtent(
        SqliteConnection connection, SqliteTransaction transaction, string layerId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"SELECT min(ST_MinX(geom)), max(ST_MaxX(geom)), min(ST_MinY(geom)), max(ST_MaxY(geom)) FROM {Sql.Quote(layerId)}";
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0)
            ? new NetTopologySuite.Geometries.Envelope(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3))
            : null;
    }
}
