using System.Runtime.CompilerServices;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Core.Security;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using GeoPlan.Core.Validation;
using NetTopologySuite.Geometries;
using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>The PostGIS store: every query is one SQL round trip on the layer tables' GiST and key indexes; nothing is cached.
/// Imports of whole collections are copied in and checked in one transaction.</summary>
/// <remarks>Holding no state, it sees a new load as soon as the load commits.</remarks>
public sealed class PostGisFeatureStore(NpgsqlDataSource dataSource)
    : IFeatureStore, IFeatureWriter, IIndicatorActualWriter, IFeatureEditor, IAccessTokenStore
{
    // Names this instance in the notifications of its own writes, which it has raised already when it hears them back.
    private readonly string _origin = Guid.NewGuid().ToString("N");

    /// <inheritdoc />
    /// <remarks>Raised after each write this instance commits, and, while <see cref="ListenAsync"/> runs, for changes any other process
    /// or instance commits.</remarks>
    public event EventHandler<FeatureChange>? Changed;

    /// <summary>Listens for committed changes and raises <see cref="Changed"/> for each; runs until cancelled or the connection fails.</summary>
    /// <param name="listening">Called once the listening has begun: from then on no committed change goes unheard.</param>
    /// <param name="cancellationToken">Stops listening.</param>
    /// <remarks>Changes committed while nobody listened are not replayed: a caller that listens again should assume everything changed.</remarks>
    public async Task ListenAsync(Action listening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listening);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, e) =>
        {
            var (change, origin) = PostGisChanges.Parse(e.Payload);
            if (origin != _origin)
            {
                Raise(change);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {PostGisChanges.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        listening();
        while (true)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Raises <see cref="Changed"/> here, for a change this process knows of without a notification.</summary>
    public void Announce(FeatureChange change) => Raise(change);

    /// <inheritdoc />
    /// <remarks>Other processes hear of it through <see cref="PostGisChanges"/>, naming the collection and where it changed.</remarks>
    public Task<long> WriteLayerAsync(
        LayerInfo layer, ImportMode mode, IAsyncEnumerable<PlanFeature> features, CancellationToken cancellationToken = default) =>
        WriteLayerAsync(layer, mode, features, Environment.UserName, cancellationToken);

    /// <inheritdoc />
    public async Task<long> WriteLayerAsync(
        LayerInfo layer, ImportMode mode, IAsyncEnumerable<PlanFeature> features, string editor, CancellationToken cancellationToken = default)
    {
        var write = new CollectionWrite(layer, mode, features);
        FeatureEditCheck.RequireEditor(editor);
        LayerInfo? before;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            before = await LayerWriteTransaction.RunAsync(connection, write, editor, _origin, cancellationToken);
        }

        Raise(write.Change(before));
        return write.Count;
    }

    /// <inheritdoc />
    public async Task<VersionedFeature?> GetVersionedAsync(string collection, string featureId, CancellationToken cancellationToken = default)
    {
        var feature = await GetFeatureAsync(collection, featureId, cancellationToken);
        if (feature is null)
        {
            return null;
        }

        // Read after the feature: a change in between makes the version newer than the feature, and a write with it fails, never wins.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return new VersionedFeature(feature, await FeatureAuditTable.VersionAsync(connection, collection, featureId, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<long> CreateAsync(PlanFeature feature, string editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return (await EditAsync(FeatureEdit.Of(feature.Layer, feature.Id, AuditOperation.Create, feature, null, editor), cancellationToken)).Sequence;
    }

    /// <inheritdoc />
    public async Task<long> ReplaceAsync(
        PlanFeature feature, long expectedVersion, AuditOperation operation, string editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var edit = FeatureEdit.Of(feature.Layer, feature.Id, operation, feature, expectedVersion, editor);
        return (await EditAsync(edit, cancellationToken)).Sequence;
    }

    /// <inheritdoc />
    public async Task<long> DeleteAsync(
        string collection, string featureId, long expectedVersion, string editor, CancellationToken cancellationToken = default) =>
        (await EditAsync(FeatureEdit.Of(collection, featureId, AuditOperation.Delete, null, expectedVersion, editor), cancellationToken)).Sequence;

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeatureAuditRecord>> GetHistoryAsync(
        string collection, string featureId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FeatureAuditTable.ReadAsync(connection, "feature_id = @feature", collection, featureId, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeatureAuditRecord>> GetChangesAfterAsync(
        string collection, DateTimeOffset time, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FeatureAuditTable.ReadAsync(connection, "edited_at > @at", collection, null, time, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LayerInfo>> GetLayersAsync(CancellationToken cancellationToken = default) => ReadLayersAsync(null, cancellationToken);

    /// <inheritdoc />
    public async Task<LayerInfo?> GetLayerAsync(string layerId, CancellationToken cancellationToken = default) =>
        (await ReadLayersAsync(layerId, cancellationToken)).SingleOrDefault();

    /// <inheritdoc />
    public async Task<FeaturePage> QueryAsync(FeatureQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = dataSource.CreateCommand();
        var where = FeatureFilterSql.Where(query.Bbox, query.Scenario, query.Filters, command.Parameters);
        var table = PgSql.LayerTable(query.Layer);
        command.CommandText = $"""
            SELECT count(*) FROM {table} WHERE {where};
            SELECT * FROM {table} WHERE {where} ORDER BY id COLLATE "C" LIMIT @limit OFFSET @offset;
            """;
        command.Parameters.AddWithValue("limit", query.Limit);
        command.Parameters.AddWithValue("offset", query.Offset);
        await using var reader = await ExecuteReaderAsync(command, query.Layer, cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var matched = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        return new FeaturePage(await FeatureRows.StreamAsync(reader, query.Layer, cancellationToken).ToListAsync(cancellationToken), matched);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PlanFeature> ScanAsync(
        string layerId, BoundingBox? bbox, ScenarioYear? scenario, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand();
        var where = FeatureFilterSql.Where(bbox, scenario, [], command.Parameters);
        command.CommandText = $"""SELECT * FROM {PgSql.LayerTable(layerId)} WHERE {where} ORDER BY id COLLATE "C" """;
        await using var reader = await ExecuteReaderAsync(command, layerId, cancellationToken);
        await foreach (var feature in FeatureRows.StreamAsync(reader, layerId, cancellationToken))
        {
            yield return feature;
        }
    }

    /// <inheritdoc />
    public async Task<PlanFeature?> GetFeatureAsync(string layerId, string featureId, CancellationToken cancellationToken = default)
    {
        var found = await GetFeaturesByIdAsync([featureId], cancellationToken);
        return found.SingleOrDefault(f => f.Layer == layerId);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PlanFeature>> GetFeaturesByIdAsync(IReadOnlyList<string> featureIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(featureIds);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var layers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT id, layer FROM geoplan_features WHERE id = ANY(@ids)", connection))
        {
            command.Parameters.AddWithValue("ids", featureIds.Distinct().ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                layers.TryAdd(reader.GetString(1), []);
                layers[reader.GetString(1)].Add(reader.GetString(0));
            }
        }

        var byId = new Dictionary<string, PlanFeature>(StringComparer.Ordinal);
        foreach (var (layer, ids) in layers)
        {
            await using var command = new NpgsqlCommand($"SELECT * FROM {PgSql.LayerTable(layer)} WHERE id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("ids", ids.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await foreach (var feature in FeatureRows.StreamAsync(reader, layer, cancellationToken))
            {
                byId[feature.Id] = feature;
            }
        }

        return featureIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PlanTask>> GetTasksAsync(CancellationToken cancellationToken = default) =>
        await ReadTasksAsync("true", null, cancellationToken);

    /// <inheritdoc />
    public async Task<PlanTask?> GetTaskAsync(string taskId, CancellationToken cancellationToken = default) =>
        (await ReadTasksAsync("t.id = @id", taskId, cancellationToken)).SingleOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<PlanTask>> GetTasksNamingAsync(string featureId, CancellationToken cancellationToken = default) =>
        await ReadTasksAsync("t.id IN (SELECT task_id FROM plan_task_features WHERE feature_id = @id)", featureId, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await PlanReader.IndicatorsAsync(connection, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Waits for a load or collection write under way to commit.</remarks>
    public async Task<IndicatorActualRecord> RecordAsync(IndicatorActual actual, string recordedBy, CancellationToken cancellationToken = default)
    {
        IndicatorActualValidity.Require(actual);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await IndicatorActualTable.RecordAsync(connection, actual, recordedBy, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndicatorActualRecord>> GetIndicatorActualsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await IndicatorActualTable.CurrentAsync(connection, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndicatorActualRecord>> GetIndicatorActualHistoryAsync(int indicatorId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await IndicatorActualTable.ReadAsync(connection, "indicator_id = @id", indicatorId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AccessToken> CreateAsync(
        string name, AccessRole role, string hash, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default)
    {
        AccessTokenColumns.Require(name, role, hash, expiresAt, DateTimeOffset.UtcNow);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var expiry = expiresAt is { } at ? AccessTokenColumns.StoredTime(at) : (DateTimeOffset?)null;
        return await AccessTokenTable.CreateAsync(connection, name, role, hash, expiry, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AccessToken?> FindByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hash);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await AccessTokenTable.ReadAsync(connection, "hash = @key", hash, cancellationToken)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AccessToken>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await AccessTokenTable.ReadAsync(connection, "true", null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AccessToken?> RevokeAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await AccessTokenTable.RevokeAsync(connection, id, cancellationToken);
    }

    private async Task<FeatureAuditRecord> EditAsync(FeatureEdit edit, CancellationToken cancellationToken)
    {
        FeatureAuditRecord record;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            record = await FeatureEditTransaction.RunAsync(connection, edit, _origin, cancellationToken);
        }

        // The table keeps its columns: no pool renewal needed, only the listeners told.
        Changed?.Invoke(this, FeatureEditCheck.Change(edit.Collection, record.Before, record.After));
        return record;
    }

    private async Task<List<PlanTask>> ReadTasksAsync(string condition, string? id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await PlanReader.TasksAsync(connection, condition, id, cancellationToken);
    }

    private async Task<IReadOnlyList<LayerInfo>> ReadLayersAsync(string? layerId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await LayerRegistry.ReadAsync(connection, layerId, cancellationToken);
    }

    // A layer or field that does not exist is the caller's mistake, as it is in the GeoPackage store.
    private static async Task<NpgsqlDataReader> ExecuteReaderAsync(NpgsqlCommand command, string layerId, CancellationToken cancellationToken)
    {
        try
        {
            return await command.ExecuteReaderAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn)
        {
            throw new ArgumentException($"layer '{layerId}' does not exist or lacks a filtered field: {e.MessageText}", nameof(layerId), e);
        }
    }

    // A changed table may have other columns: statements prepared on pooled connections for the old one would fail, so the
    // pool's connections are renewed (busy ones when they come back) before anyone hears of the change.
    private void Raise(FeatureChange change)
    {
        dataSource.Clear();
        Changed?.Invoke(this, change);
    }
}
