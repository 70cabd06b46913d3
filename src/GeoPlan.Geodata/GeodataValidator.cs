using GeoPlan.Core;
using GeoPlan.Core.Model;
using NetTopologySuite.Operation.Valid;

namespace GeoPlan.Geodata;

/// <summary>Checks a dataset as a whole: valid geometries inside the metropolitan area, unique ids, resolving links, complete indicators.</summary>
public static class GeodataValidator
{

    /// <summary>Every problem found, located by file and item.</summary>
    public static IReadOnlyList<GeodataProblem> Validate(PlanDataset dataset, GeodataDirectory directory)
    {
        var problems = new List<GeodataProblem>();
        var tasksFile = directory.Relative(directory.TasksFile);
        var indicatorsFile = directory.Relative(directory.IndicatorsFile);

        var featureIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in dataset.Features)
        {
            var file = directory.Relative(directory.LayerFile(feature.Layer));
            if (!featureIds.Add(feature.Id))
            {
                problems.Add(new GeodataProblem(file, feature.Id, "the id is already used by another feature; ids are unique across all layers"));
            }

            var validity = new IsValidOp(feature.Geometry).ValidationError;
            if (validity is not null)
            {
                problems.Add(new GeodataProblem(file, feature.Id, $"invalid geometry: {validity.Message} at {validity.Coordinate}"));
            }

            if (!MetropolitanArea.Bounds.Contains(feature.Geometry.EnvelopeInternal))
            {
                problems.Add(new GeodataProblem(file, feature.Id, $"coordinates reach outside the metropolitan area {MetropolitanArea.Bounds}"));
            }

        }

        var taskIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in dataset.Tasks)
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

        if (dataset.Indicators.Count != 34 || dataset.Indicators.Select(i => i.Id).Order().SequenceEqual(Enumerable.Range(1, 34)) is false)
        {
            problems.Add(new GeodataProblem(indicatorsFile, null, "the indicator table has exactly 34 rows numbered 1 to 34"));
        }

        foreach (var indicator in dataset.Indicators)
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
}
