using System.Globalization;
using System.Runtime.CompilerServices;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Core.Security;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using GeoPlan.Core.Validation;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>The embedded default store: answers every query from a GeoPackage file with SQL on its tables and R-tree indexes, and
/// imports whole collections into it when opened for writing.</summary>
public sealed class GeoPackageFeatureStore
    : IFeatureStore, IFeatureWriter, IIndicatorActualWriter, IFeatureEditor, IAccessTokenStore, IDisposable
{
    private readonly string _connectionString;
    private readonly GeoPackageAccess _access;
    private readonly Lazy<IReadOnlyList<PlanTask>> _tasks;
    // One write at a time in this process; another process's writer waits on SQLite's lock instead.
    private readonly SemaphoreSlim _writing = new(1, 1);
    private Lazy<IReadOnlyList<LayerInfo>> _layers;

    /// <summary>Opens an existing GeoPackage file read-only.</summary>
    public GeoPackageFeatureStore(string path)
        : this(path, GeoPackageAccess.ReadOnly)
    {
    }

    /// <summary>Opens an existing GeoPackage file for queries, and for imports when <paramref name="access"/> allows them.</summary>
    public GeoPackageFeatureStore(string path, GeoPackageAccess access)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"GeoPackage '{path}' does not exist; build it with 'geoplan build'", path);
        }

        Path = System.IO.Path.GetFullPath(path);
        _access = access;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = access == GeoPackageAccess.ReadWrite ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadOnly,
        }.ToString();
        _layers = new Lazy<IReadOnlyList<LayerInfo>>(ReadLayers);
        _tasks = new Lazy<IReadOnlyList<PlanTask>>(ReadTasks);
    }

    /// <inheritdoc />
    /// <remarks>Raised for the imports this instance commits; a file changed by another process is not watched.</remarks>
    public event EventHandler<FeatureChange>? Changed;

    /// <summary>The file the store reads.</summary>
    public string Path { get; }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only, or the write does not fit the collection.</exception>
    public Task<long> WriteLayerAsync(
        LayerInfo layer, ImportMode mode, IAsyncEnumerable<PlanFeature> features, CancellationToken cancellationToken = default) =>
        WriteLayerAsync(layer, mode, features, Environment.UserName, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only, or the write does not fit the collection.</exception>
    public async Task<long> WriteLayerAsync(
        LayerInfo layer, ImportMode mode, IAsyncEnumerable<PlanFeature> features, string editor, CancellationToken cancellationToken = default)
    {
        var write = new CollectionWrite(layer, mode, features);
        FeatureEditCheck.RequireEditor(editor);
        RequireWritable("import into it");

        LayerInfo? before;
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            before = await LayerWriteTransaction.RunAsync(connection, write, editor, cancellationToken);
            // Committed: later readers see the new layer list.
            Volatile.Write(ref _layers, new Lazy<IReadOnlyList<LayerInfo>>(ReadLayers));
        }
        finally
        {
            _writing.Release();
        }

        Changed?.Invoke(this, write.Change(before));
        return write.Count;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public async Task<IndicatorActualRecord> RecordAsync(IndicatorActual actual, string recordedBy, CancellationToken cancellationToken = default)
    {
        IndicatorActualValidity.Require(actual);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        RequireWritable("record indicator values in it");
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            using var transaction = connection.BeginTransaction();
            if (Sql.Scalar(connection, transaction, "SELECT 1 FROM plan_indicators WHERE id = $id", ("$id", actual.IndicatorId)) is null)
            {
                throw new UnknownIndicatorException(actual.IndicatorId);
            }

            Sql.Execute(connection, transaction, GeoPackageSchema.IndicatorActualTables);
            var record = IndicatorActualRows.Insert(connection, transaction, actual, DateTimeOffset.UtcNow, recordedBy);
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            return record;
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public Task<AccessToken> CreateAsync(
        string name, AccessRole role, string hash, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default)
    {
        var now = DateTimeOffset.UtcNow;
        AccessTokenColumns.Require(name, role, hash, expiresAt, now);
        var token = new AccessToken(0, name, role, AccessTokenColumns.StoredTime(now), null, hash)
        {
            ExpiresAt = expiresAt is { } expiry ? AccessTokenColumns.StoredTime(expiry) : null,
        };
        return WriteTokensAsync("issue access tokens in it", (c, t) => AccessTokenRows.Insert(c, t, token), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AccessToken?> FindByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hash);
        await using var connection = Open();
        return AccessTokenRows.Read(connection, null, "hash = $key", hash).SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AccessToken>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        return AccessTokenRows.Read(connection, null, "1 = 1");
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public Task<AccessToken?> RevokeAsync(long id, CancellationToken cancellationToken = default) =>
        WriteTokensAsync(
            "revoke access tokens in it",
            (c, t) => AccessTokenRows.Revoke(c, t, id, AccessTokenColumns.StoredTime(DateTimeOffset.UtcNow)),
            cancellationToken);

    /// <inheritdoc />
    public async Task<VersionedFeature?> GetVersionedAsync(string collection, string featureId, CancellationToken cancellationToken = default)
    {
        var feature = await GetFeatureAsync(collection, featureId, cancellationToken);
        if (feature is null)
        {
            return null;
        }

        // Read after the feature: a change in between makes the version newer than the feature, and a write with it fails, never wins.
        await using var connection = Open();
        return new VersionedFeature(feature, FeatureAuditRows.Version(connection, null, collection, featureId));
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public async Task<long> CreateAsync(PlanFeature feature, string editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return (await EditAsync(FeatureEdit.Of(feature.Layer, feature.Id, AuditOperation.Create, feature, null, editor), cancellationToken)).Sequence;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public async Task<long> ReplaceAsync(
        PlanFeature feature, long expectedVersion, AuditOperation operation, string editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var edit = FeatureEdit.Of(feature.Layer, feature.Id, operation, feature, expectedVersion, editor);
        return (await EditAsync(edit, cancellationToken)).Sequence;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only, or a plan task names the feature.</exception>
    public async Task<long> DeleteAsync(
        string collection, string featureId, long expectedVersion, string editor, CancellationToken cancellationToken = default) =>
        (await EditAsync(FeatureEdit.Of(collection, featureId, AuditOperation.Delete, null, expectedVersion, editor), cancellationToken)).Sequence;

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeatureAuditRecord>> GetHistoryAsync(
        string collection, string featureId, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        return FeatureAuditRows.Read(connection, "collection = $collection AND feature_id = $feature", collection, featureId);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeatureAuditRecord>> GetChangesAfterAsync(
        string collection, DateTimeOffset time, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        return FeatureAuditRows.Read(connection, "collection = $collection AND edited_at > $at", collection, at: time);
    }

    /// <inheritdoc />
    public void Dispose() => _writing.Dispose();

    /// <inheritdoc />
    public Task<IReadOnlyList<LayerInfo>> GetLayersAsync(CancellationToken cancellationToken = default) => Task.FromResult(Layers);

    /// <inheritdoc />
    public Task<LayerInfo?> GetLayerAsync(string layerId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Layers.FirstOrDefault(l => l.Id == layerId));

    /// <inheritdoc />
    public async Task<FeaturePage> QueryAsync(FeatureQuery query, CancellationToken cancellationToken = default)
    {
        var layer = RequireLayer(query.Layer);
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        var where = new FeatureFilterSql(layer, command).Where(query.Bbox, query.Scenario, query.Filters);

        command.CommandText = $"SELECT count(*) FROM {Sql.Quote(layer.Id)} WHERE {where}";
        var matched = (long)(await command.ExecuteScalarAsync(cancellationToken))!;

        command.CommandText = $"{SelectFeatures(layer)} WHERE {where} ORDER BY id LIMIT $limit OFFSET $offset";
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        return new FeaturePage(await ReadFeaturesAsync(command, layer, cancellationToken).ToListAsync(cancellationToken), matched);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PlanFeature> ScanAsync(
        string layerId, BoundingBox? bbox, ScenarioYear? scenario, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var layer = RequireLayer(layerId);
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"{SelectFeatures(layer)} WHERE {new FeatureFilterSql(layer, command).Where(bbox, scenario, [])} ORDER BY id";
        await foreach (var feature in ReadFeaturesAsync(command, layer, cancellationToken))
        {
            yield return feature;
        }
    }

    /// <inheritdoc />
    public async Task<PlanFeature?> GetFeatureAsync(string layerId, string featureId, CancellationToken cancellationToken = default)
    {
        var layer = Layers.FirstOrDefault(l => l.Id == layerId);
        if (layer is null)
        {
            return null;
        }

        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"{SelectFeatures(layer)} WHERE id = $id";
        command.Parameters.AddWithValue("$id", featureId);
        return await ReadFeaturesAsync(command, layer, cancellationToken).SingleOrDefaultAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PlanFeature>> GetFeaturesByIdAsync(IReadOnlyList<string> featureIds, CancellationToken cancellationToken = default)
    {
        var found = new List<PlanFeature>();
        foreach (var id in featureIds)
        {
            var layer = await LayerOfAsync(id, cancellationToken);
            var feature = layer is null ? null : await GetFeatureAsync(layer, id, cancellationToken);
            if (feature is not null)
            {
                found.Add(feature);
            }
        }

        return found;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PlanTask>> GetTasksAsync(CancellationToken cancellationToken = default) => Task.FromResult(_tasks.Value);

    /// <inheritdoc />
    public Task<PlanTask?> GetTaskAsync(string taskId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_tasks.Value.FirstOrDefault(t => t.Id == taskId));

    /// <inheritdoc />
    public Task<IReadOnlyList<PlanTask>> GetTasksNamingAsync(string featureId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PlanTask>>(_tasks.Value.Where(t => t.FeatureIds.Contains(featureId)).ToList());

    /// <inheritdoc />
    public async Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        var taskIds = new Dictionary<long, List<string>>();
        await using (var links = connection.CreateCommand())
        {
            links.CommandText = "SELECT indicator_id, task_id FROM plan_indicator_tasks ORDER BY fid";
            await using var reader = await links.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                taskIds.TryAdd(reader.GetInt64(0), []);
                taskIds[reader.GetInt64(0)].Add(reader.GetString(1));
            }
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM plan_indicators ORDER BY id";
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        var indicators = new List<Indicator>();
        while (await rows.ReadAsync(cancellationToken))
        {
            var id = rows.GetInt32(0);
            indicators.Add(new Indicator(
                id,
                rows.GetString(1),
                rows.GetString(2),
                rows.GetString(3),
                rows.GetString(4),
                NullableText(rows, 5),
                WireName.Parse<IndicatorDirection>(rows.GetString(6)),
                ReadIndicatorTarget(rows, 7),
                ReadIndicatorTarget(rows, 11),
                taskIds.GetValueOrDefault(id) ?? []));
        }

        return indicators;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndicatorActualRecord>> GetIndicatorActualsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        return IndicatorActualRows.Current(connection);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndicatorActualRecord>> GetIndicatorActualHistoryAsync(int indicatorId, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        return IndicatorActualRows.Read(connection, "indicator_id = $id", indicatorId);
    }

    private async Task<T> WriteTokensAsync<T>(
        string purpose, Func<SqliteConnection, SqliteTransaction, T> write, CancellationToken cancellationToken)
    {
        RequireWritable(purpose);
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            using var transaction = connection.BeginTransaction();
            AccessTokenRows.Ensure(connection, transaction);
            var result = write(connection, transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task<FeatureAuditRecord> EditAsync(FeatureEdit edit, CancellationToken cancellationToken)
    {
        RequireWritable("edit features in it");
        FeatureAuditRecord record;
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            record = await FeatureEditTransaction.RunAsync(connection, edit, cancellationToken);
            Volatile.Write(ref _layers, new Lazy<IReadOnlyList<LayerInfo>>(ReadLayers));
        }
        finally
        {
            _writing.Release();
        }

        Changed?.Invoke(this, FeatureEditCheck.Change(edit.Collection, record.Before, record.After));
        return record;
    }

    private void RequireWritable(string purpose)
    {
        if (_access != GeoPackageAccess.ReadWrite)
        {
            throw new InvalidOperationException(
                $"the GeoPackage '{Path}' was opened read-only; open it with " +
                $"{nameof(GeoPackageAccess)}.{nameof(GeoPackageAccess.ReadWrite)} to {purpose}");
        }
    }

    private async Task<string?> LayerOfAsync(string featureId, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(
            " UNION ALL ",
            Layers.Select(l => $"SELECT '{l.Id}' FROM {Sql.Quote(l.Id)} WHERE id = $id"));
        command.Parameters.AddWithValue("$id", featureId);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    private IReadOnlyList<LayerInfo> Layers => Volatile.Read(ref _layers).Value;

    private SqliteConnection Open() => _access == GeoPackageAccess.ReadWrite
        ? GeoPackageFunctions.Open(_connectionString)
        : GeoPackageFunctions.OpenReadOnly(_connectionString, Path);

    private LayerInfo RequireLayer(string layerId) =>
        Layers.FirstOrDefault(l => l.Id == layerId) ?? throw new ArgumentException($"no layer '{layerId}'", nameof(layerId));

    /// <summary>The SELECT of a layer's features, in the column order <see cref="ReadFeaturesAsync"/> reads.</summary>
    internal static string SelectFeatures(LayerInfo layer) =>
        $"SELECT geom, id, {string.Join(", ", LayerInfo.CommonFields.Concat(layer.Fields).Select(f => Sql.Quote(f.Name)))} FROM {Sql.Quote(layer.Id)}";

    /// <summary>The features a <see cref="SelectFeatures"/> command returns, as they are read.</summary>
    internal static async IAsyncEnumerable<PlanFeature> ReadFeaturesAsync(
        SqliteCommand command, LayerInfo layer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Columns follow SelectFeatures: geom, id, then the common fields and the layer's own.
        var fields = LayerInfo.CommonFields.Concat(layer.Fields).Select((f, i) => (f.Name, f.Type, Ordinal: i + 2)).ToDictionary(f => f.Name);
        var attributes = layer.Fields.Select(f => f.Name).ToList();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return FeatureColumns.ToFeature(
                layer.Id,
                reader.GetString(1),
                GeoPackageBlob.Decode((byte[])reader.GetValue(0)),
                name => ReadValue(reader, fields[name].Ordinal, fields[name].Type),
                attributes);
        }
    }

    private static object? ReadValue(SqliteDataReader reader, int ordinal, FieldType type) => reader.IsDBNull(ordinal)
        ? null
        : type switch
        {
            FieldType.Integer => reader.GetInt64(ordinal),
            FieldType.Real => reader.GetDouble(ordinal),
            FieldType.Boolean => reader.GetInt64(ordinal) != 0,
            _ => reader.GetString(ordinal),
        };

    private List<LayerInfo> ReadLayers()
    {
        using var connection = Open();
        return LayerRegistry.Read(connection, null);
    }

    private List<PlanTask> ReadTasks()
    {
        using var connection = Open();
        var targets = ReadGrouped(connection, "SELECT task_id, year, metric_zh, metric_en, value, unit, comparison, aspirational, text_zh, note_en FROM plan_task_targets ORDER BY fid", r =>
            new TaskTarget(
                r.GetInt32(1),
                r.GetString(2),
                r.GetString(3),
                r.IsDBNull(4) ? null : r.GetDouble(4),
                NullableText(r, 5),
                WireName.Parse<Comparison>(r.GetString(6)),
                r.GetString(8),
                r.GetInt64(7) != 0,
                NullableText(r, 9)));
        var features = ReadGrouped(connection, "SELECT task_id, feature_id FROM plan_task_features ORDER BY fid", r => r.GetString(1));

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, parent_id, level, title_zh, title_en, text_zh FROM plan_tasks ORDER BY fid";
        using var reader = command.ExecuteReader();
        var tasks = new List<PlanTask>();
        while (reader.Read())
        {
            var id = reader.GetString(0);
            tasks.Add(new PlanTask(
                id,
                NullableText(reader, 1),
                WireName.Parse<TaskLevel>(reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                targets.GetValueOrDefault(id) ?? [],
                features.GetValueOrDefault(id) ?? []));
        }

        return tasks;
    }

    private static Dictionary<string, List<T>> ReadGrouped<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(read(reader));
        }

        return groups;
    }

    private static IndicatorTarget ReadIndicatorTarget(SqliteDataReader reader, int first) => new(
        reader.GetString(first),
        reader.IsDBNull(first + 1) ? null : reader.GetDouble(first + 1),
        WireName.Parse<Comparison>(reader.GetString(first + 2)),
        NullableText(reader, first + 3));

    private static string? NullableText(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

}
