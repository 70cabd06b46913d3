using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using NetTopologySuite.Geometries;
using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>One edit of one feature in one PostgreSQL transaction: the version checked, the row and the id registry changed, the
/// catalogue's count and extent kept, the change recorded in the audit trail and announced; committed only when all of it
/// succeeded.</summary>
/// <remarks>Edits take <see cref="PostGisLoader.WriteLock"/>, so they queue behind a load or collection write (which may swap the table)
/// and behind each other: two edits expecting the same version cannot both pass the check.</remarks>
internal static class FeatureEditTransaction
{
    /// <summary>Carries out the edit and returns its audit record, or throws having changed nothing.</summary>
    public static async Task<FeatureAuditRecord> RunAsync(
        NpgsqlConnection connection, FeatureEdit edit, string origin, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync($"SELECT pg_advisory_xact_lock({PostGisLoader.WriteLock})", ct);
        var layer = (await LayerRegistry.ReadAsync(connection, edit.Collection, ct)).SingleOrDefault()
            ?? throw new ArgumentException(
                $"there is no collection '{edit.Collection}'; see /collections for the ones there are", nameof(edit));
        var after = edit.After is null ? null : FeatureEditCheck.Check(layer, edit.After);
        var table = new LayerTable(layer);
        var before = await ReadAsync(connection, table.Name, layer.Id, edit.FeatureId, ct);
        if (edit.Operation == AuditOperation.Create)
        {
            if ((before is not null ? layer.Id : await HolderOfAsync(connection, edit.FeatureId, ct)) is { } holder)
            {
                throw new DuplicateFeatureIdException(edit.FeatureId, holder);
            }

            const string Register = "INSERT INTO geoplan_features (id, layer) VALUES (@id, @layer)";
            await connection.ExecuteAsync(Register, ct, ("id", edit.FeatureId), ("layer", layer.Id));
        }
        else
        {
            if (before is null)
            {
                throw new FeatureNotFoundException(edit.Collection, edit.FeatureId);
            }

            var current = await FeatureAuditTable.VersionAsync(connection, edit.Collection, edit.FeatureId, ct);
            if (current != edit.ExpectedVersion)
            {
                throw new VersionMismatchException(edit.Collection, edit.FeatureId, edit.ExpectedVersion ?? 0, current);
            }

            if (after is null)
            {
                await RefuseDeletingLinkedFeatureAsync(connection, edit.FeatureId, ct);
            }

            await connection.ExecuteAsync($"DELETE FROM {table.Name} WHERE id = @id", ct, ("id", edit.FeatureId));
            if (after is null)
            {
                await connection.ExecuteAsync("DELETE FROM geoplan_features WHERE id = @id", ct, ("id", edit.FeatureId));
            }
        }

        if (after is not null)
        {
            await InsertAsync(connection, table, after, ct);
        }

        var (known, extent) = FeatureEditCheck.ExtentAfter(
            layer.Extent, before?.Geometry.EnvelopeInternal, after?.Geometry.EnvelopeInternal);
        var count = layer.FeatureCount + (after is null ? 0 : 1) - (before is null ? 0 : 1);
        var measured = known ? extent : await MeasureExtentAsync(connection, table.Name, ct);
        await LayerRegistry.SaveAsync(connection, layer with { Extent = measured, FeatureCount = count }, ct);
        var record = await FeatureAuditTable.InsertAsync(
            connection,
            new FeatureAuditRecord(0, layer.Id, edit.FeatureId, edit.Operation, edit.Editor, default, before, after, null),
            ct);
        await PostGisChanges.NotifyAsync(connection, FeatureEditCheck.Change(layer.Id, before, after), origin, ct);
        ct.ThrowIfCancellationRequested();
        // Everything is written and checked: the commit is not abandoned half-way for a late cancellation.
        await transaction.CommitAsync(CancellationToken.None);
        return record;
    }

    private static async Task<PlanFeature?> ReadAsync(
        NpgsqlConnection connection, string table, string layerId, string featureId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT * FROM {table} WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", featureId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await FeatureRows.StreamAsync(reader, layerId, ct).SingleOrDefaultAsync(ct);
    }

    private static async Task<string?> HolderOfAsync(NpgsqlConnection connection, string featureId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT layer FROM geoplan_features WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", featureId);
        return (string?)await command.ExecuteScalarAsync(ct);
    }

    private static async Task InsertAsync(NpgsqlConnection connection, LayerTable table, PlanFeature feature, CancellationToken ct)
    {
        var columns = table.Columns;
        var row = table.Row(feature);
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {table.Name} ({string.Join(", ", columns.Select(c => PgSql.Quote(c.Name)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "$" + (i + 1).ToString(CultureInfo.InvariantCulture)))})",
            connection);
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = columns[i].Type, Value = row[i] ?? DBNull.Value });
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    // Plan tasks name features by id (and the registry's key holds them to it); deleting one would leave a task naming nothing.
    private static async Task RefuseDeletingLinkedFeatureAsync(NpgsqlConnection connection, string featureId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT task_id FROM plan_task_features WHERE feature_id = @id ORDER BY task_id, ordinal LIMIT 1", connection);
        command.Parameters.AddWithValue("id", featureId);
        if (await command.ExecuteScalarAsync(ct) is string task)
        {
            throw new InvalidOperationException(
                $"the plan task '{task}' names the feature '{featureId}', so it cannot be deleted; change its status instead " +
                "(e.g. to proposed), or replace its geometry");
        }
    }

    private static async Task<Envelope?> MeasureExtentAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT min(ST_XMin(geom)), max(ST_XMax(geom)), min(ST_YMin(geom)), max(ST_YMax(geom)) FROM {table}", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) && !reader.IsDBNull(0)
            ? new Envelope(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3))
            : null;
    }
}
