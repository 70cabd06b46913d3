using System.Globalization;
using GeoPlan.Core;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Core.Validation;

namespace GeoPlan.Geodata;

/// <summary>Checks a dataset as a whole: valid geometries inside the metropolitan area, unique ids, resolving links, complete indicators.</summary>
public static class GeodataValidator
{
    /// <summary>Every problem found, located by file and item.</summary>
    public static IReadOnlyList<GeodataProblem> Validate(PlanDataset dataset, GeodataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(directory);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string FileOf(PlanFeature feature) =>
            files.TryGetValue(feature.Layer, out var file) ? file : files[feature.Layer] = directory.Relative(directory.LayerFile(feature.Layer));
        var features = dataset.Features;
        var fileOf = features.Select(FileOf).ToArray();

        // Checking a geometry is the costly part and each stands alone: they run on every core, and are reported in feature order.
        var geometryProblems = new IReadOnlyList<GeodataProblem>[features.Count];
        Parallel.For(0, features.Count, i => geometryProblems[i] = GeometryProblems(features[i], fileOf[i]));

        var problems = new List<GeodataProblem>();
        var featureIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            if (!featureIds.Add(features[i].Id))
            {
                problems.Add(DuplicateId(fileOf[i], features[i].Id));
            }

            problems.AddRange(geometryProblems[i]);
        }

        problems.AddRange(PlanProblems(dataset.Tasks, dataset.Indicators, featureIds, directory));
        problems.AddRange(ActualProblems(dataset.Actuals, dataset.Indicators, directory));
        return problems;
    }

    /// <summary>The problem of a feature whose id an earlier feature already has.</summary>
    internal static GeodataProblem DuplicateId(string file, string id) =>
        new(file, id, "the id is already used by another feature; ids are unique across all layers");

    /// <summary>What is wrong with one feature's geometry: invalid, or reaching outside the metropolitan area.</summary>
    internal static IReadOnlyList<GeodataProblem> GeometryProblems(PlanFeature feature, string file)
    {
        List<GeodataProblem>? problems = null;
        var validity = GeometryValidity.FindError(feature.Geometry);
        if (validity is not null)
        {
            (problems ??= []).Add(new GeodataProblem(file, feature.Id, $"invalid geometry: {validity.Message} at {validity.Coordinate}"));
        }

        if (!MetropolitanArea.Bounds.Contains(feature.Geometry.EnvelopeInternal))
        {
            (problems ??= []).Add(new GeodataProblem(file, feature.Id, $"coordinates reach outside the metropolitan area {MetropolitanArea.Bounds}"));
        }

        return problems ?? (IReadOnlyList<GeodataProblem>)[];
    }

    /// <summary>What is wrong with the plan: task ids, parents and feature links, and the indicator table.</summary>
    internal static List<GeodataProblem> PlanProblems(
        IReadOnlyList<PlanTask> tasks, IReadOnlyList<Indicator> indicators, IReadOnlySet<string> featureIds, GeodataDirectory directory)
    {
        var problems = new List<GeodataProblem>();
        var tasksFile = directory.Relative(directory.TasksFile);
        var indicatorsFile = directory.Relative(directory.IndicatorsFile);
        var taskIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            if (!taskIds.Add(task.Id))
            {
                problems.Add(new GeodataProblem(tasksFile, task.Id, "duplicate task id"));
            }

            if (task.ParentId is not null && !taskIds.Contains(task.ParentId))
            {
                problems.Add(new GeodataProblem(tasksFile, task.Id, $"parent '{task.ParentId}' does not come before it"));
            }

            foreach (var linked in task.FeatureIds.Where(id => !featureIds.Contains(id)))
            {
                problems.Add(new GeodataProblem(tasksFile, task.Id, $"linked feature '{linked}' does not exist in any layer"));
            }
        }

        if (indicators.Count != 34 || indicators.Select(i => i.Id).Order().SequenceEqual(Enumerable.Range(1, 34)) is false)
        {
            problems.Add(new GeodataProblem(indicatorsFile, null, "the indicator table has exactly 34 rows numbered 1 to 34"));
        }

        foreach (var indicator in indicators)
        {
            foreach (var (year, target) in new[] { (2023, indicator.Target2023), (2025, indicator.Target2025) })
            {
                if (target.Value is null != (target.Comparison == Comparison.Qualitative))
                {
                    problems.Add(new GeodataProblem(indicatorsFile, indicator.Id.ToString(), $"the {year} target needs a value unless it is qualitative, and none if it is"));
                }
            }

            foreach (var taskId in indicator.TaskIds.Where(id => !taskIds.Contains(id)))
            {
                problems.Add(new GeodataProblem(indicatorsFile, indicator.Id.ToString(), $"related task '{taskId}' does not exist"));
            }
        }

        return problems;
    }

    /// <summary>What is wrong with the bundled actual values: an indicator that does not exist, a year outside 2000–2100, a value that
    /// is not finite, a missing source, a date in the future or before the year, or a second value for the same indicator and year.</summary>
    internal static List<GeodataProblem> ActualProblems(IReadOnlyList<IndicatorActual> actuals, IReadOnlyList<Indicator> indicators, GeodataDirectory directory)
    {
        var problems = new List<GeodataProblem>();
        var file = directory.Relative(directory.ActualsFile);
        var indicatorIds = indicators.Select(i => i.Id).ToHashSet();
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < actuals.Count; i++)
        {
            var actual = actuals[i];
            var item = string.Create(CultureInfo.InvariantCulture, $"actuals[{i}] (indicator {actual.IndicatorId}, {actual.Year})");
            if (!indicatorIds.Contains(actual.IndicatorId))
            {
                problems.Add(new GeodataProblem(file, item, $"there is no indicator {actual.IndicatorId} in plan/indicators.json"));
            }

            if (!seen.Add((actual.IndicatorId, actual.Year)))
            {
                problems.Add(new GeodataProblem(file, item, "an earlier entry has a value for the same indicator and year; keep only the latest figure"));
            }

            problems.AddRange(IndicatorActualValidity.FindProblems(actual).Select(p => new GeodataProblem(file, item, $"{p.Field}: {p.Message}")));
        }

        return problems;
    }
}
