using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Core.Security;
using GeoPlan.Core.Storage.Editing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>Writes a whole <see cref="PlanDataset"/> into a new GeoPackage file, atomically: readers see the old file or the new one.</summary>
public static class GeoPackageWriter
{
    /// <summary>Writes the dataset to a temporary file beside <paramref name="path"/>, then moves it into place.</summary>
    public static void Write(PlanDataset dataset, string path) => Write(dataset, path, []);

    /// <summary>Writes the dataset, then <paramref name="recorded"/> after its bundled actual values, so that a value recorded earlier
    /// stays the current one; then moves the file into place.</summary>
    /// <param name="dataset">What to write; its actual values become records by <see cref="IndicatorActualRecord.Bundled"/>.</param>
    /// <param name="path">The GeoPackage file.</param>
    /// <param name="recorded">Records to keep, in their order, with their times and recorders; their sequence numbers are renewed.</param>
    public static void Write(PlanDataset dataset, string path, IReadOnlyList<IndicatorActualRecord> recorded) =>
        Write(dataset, path, recorded, []);

    /// <summary>Writes the dataset and the recorded actual values as above, and the access tokens of an earlier file, with their ids,
    /// times and hashes, so that every token issued stays as valid (or revoked) as it was; then moves the file into place.</summary>
    /// <param name="dataset">What to write.</param>
    /// <param name="path">The GeoPackage file.</param>
    /// <param name="recorded">Actual values recorded earlier, kept after the bundled ones.</param>
    /// <param name="tokens">The tokens to keep.</param>
    public static void Write(PlanDataset dataset, string path, IReadOnlyList<IndicatorActualRecord> recorded, IReadOnlyList<AccessToken> tokens) =>
        Write(dataset, path, recorded, tokens, []);

    /// <summary>Writes the dataset, the recorded actual values and the tokens as above, keeps <paramref name="audit"/> with its sequence
    /// numbers, and records the build as an import of each collection by <see cref="FeatureAuditRecord.Geodata"/>, after them, so every
    /// feature's version moves on.</summary>
    /// <param name="dataset">What to write.</param>
    /// <param name="path">The GeoPackage file.</param>
    /// <param name="recorded">Actual values recorded earlier, kept after the bundled ones.</param>
    /// <param name="tokens">The tokens to keep.</param>
    /// <param name="audit">The audit trail to keep, in sequence order.</param>
    public static void Write(
        PlanDataset dataset,
        string path,
        IReadOnlyList<IndicatorActualRecord> recorded,
        IReadOnlyList<AccessToken> tokens,
        IReadOnlyList<FeatureAuditRecord> audit)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(audit);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            WriteFile(dataset, recorded, tokens, audit, temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void WriteFile(
        PlanDataset dataset,
        IReadOnlyList<IndicatorActualRecord> recorded,
        IReadOnlyList<AccessToken> tokens,
        IReadOnlyList<FeatureAuditRecord> audit,
        string file)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        using var connection = GeoPackageFunctions.Open(connectionString);
        Sql.Execute(connection, null, GeoPackageSchema.Header);
        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, transaction, GeoPackageSchema.CoreTables);
        for (var i = 0; i < dataset.Layers.Count; i++)
        {
            var layer = dataset.Layers[i];
            LayerRegistry.Add(connection, transaction, layer, i);
            using var insert = new FeatureInsert(connection, transaction, layer);
            foreach (var feature in dataset.Features.Where(f => f.Layer == layer.Id))
            {
                insert.Insert(feature);
            }
        }

        Sql.Execute(connection, transaction, GeoPackageSchema.PlanTables);
        InsertTasks(connection, transaction, dataset);
        InsertIndicators(connection, transaction, dataset.Indicators);
        Sql.Execute(connection, transaction, GeoPackageSchema.IndicatorActualTables);
        var built = DateTimeOffset.UtcNow;
        foreach (var actual in dataset.Actuals)
        {
            IndicatorActualRows.Insert(connection, transaction, actual, built, IndicatorActualRecord.Bundled);
        }

        foreach (var record in recorded)
        {
            IndicatorActualRows.Insert(connection, transaction, record.Actual, record.RecordedAt, record.RecordedBy);
        }

        AccessTokenRows.Ensure(connection, transaction);
        foreach (var token in tokens)
        {
            AccessTokenRows.Insert(connection, transaction, token);
        }

        FeatureAuditRows.Ensure(connection, transaction);
        foreach (var record in audit)
        {
            FeatureAuditRows.Insert(connection, transaction, record, record.Sequence);
        }

        foreach (var layer in dataset.Layers)
        {
            var count = dataset.Features.LongCount(f => f.Layer == layer.Id);
            FeatureAuditRows.Insert(
                connection,
                transaction,
                new FeatureAuditRecord(0, layer.Id, null, AuditOperation.Import, FeatureAuditRecord.Geodata, built, null, null, count));
        }

        transaction.Commit();
    }

    private static void InsertTasks(SqliteConnection connection, SqliteTransaction transaction, PlanDataset dataset)
    {
        var layerOf = dataset.Features.ToDictionary(f => f.Id, f => f.Layer, StringComparer.Ordinal);
        foreach (var task in dataset.Tasks)
        {
            Sql.Execute(
                connection,
                transaction,
                "INSERT INTO plan_tasks (id, parent_id, level, title_zh, title_en, text_zh) VALUES ($id, $parent, $level, $titleZh, $titleEn, $text)",
                ("$id", task.Id),
                ("$parent", task.ParentId),
                ("$level", WireName.Of(task.Level)),
                ("$titleZh", task.TitleZh),
                ("$titleEn", task.TitleEn),
                ("$text", task.TextZh));
            foreach (var target in task.Targets)
            {
                Sql.Execute(
                    connection,
                    transaction,
                    """
                    INSERT INTO plan_task_targets (task_id, year, metric_zh, metric_en, value, unit, comparison, aspirational, text_zh, note_en)
                    VALUES ($task, $year, $metricZh, $metricEn, $value, $unit, $comparison, $aspirational, $text, $note)
                    """,
                    ("$task", task.Id),
                    ("$year", target.Year),
                    ("$metricZh", target.MetricZh),
                    ("$metricEn", target.MetricEn),
                    ("$value", target.Value),
                    ("$unit", target.Unit),
                    ("$comparison", WireName.Of(target.Comparison)),
                    ("$aspirational", target.Aspirational),
                    ("$text", target.TextZh),
                    ("$note", target.NoteEn));
            }

            foreach (var featureId in task.FeatureIds)
            {
                Sql.Execute(
                    connection,
                    transaction,
                    "INSERT INTO plan_task_features (task_id, feature_id, layer) VALUES ($task, $feature, $layer)",
                    ("$task", task.Id),
                    ("$feature", featureId),
                    ("$layer", layerOf[featureId]));
            }
        }
    }

    private static void InsertIndicators(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<Indicator> indicators)
    {
        foreach (var i in indicators)
        {
            Sql.Execute(
                connection,
                transaction,
                """
                INSERT INTO plan_indicators VALUES ($id, $domainZh, $domainEn, $nameZh, $nameEn, $unit, $direction,
                  $t23Text, $t23Value, $t23Comparison, $t23En, $t25Text, $t25Value, $t25Comparison, $t25En)
                """,
                ("$id", i.Id),
                ("$domainZh", i.DomainZh),
                ("$domainEn", i.DomainEn),
                ("$nameZh", i.NameZh),
                ("$nameEn", i.NameEn),
                ("$unit", i.Unit),
                ("$direction", WireName.Of(i.Direction)),
                ("$t23Text", i.Target2023.TextZh),
                ("$t23Value", i.Target2023.Value),
                ("$t23Comparison", WireName.Of(i.Target2023.Comparison)),
                ("$t23En", i.Target2023.QualitativeEn),
                ("$t25Text", i.Target2025.TextZh),
                ("$t25Value", i.Target2025.Value),
                ("$t25Comparison", WireName.Of(i.Target2025.Comparison)),
                ("$t25En", i.Target2025.QualitativeEn));
            foreach (var taskId in i.TaskIds)
            {
                Sql.Execute(
                    connection,
                    transaction,
                    "INSERT INTO plan_indicator_tasks (indicator_id, task_id) VALUES ($indicator, $task)",
                    ("$indicator", i.Id),
                    ("$task", taskId));
            }
        }
    }
}
