using GeoPlan.Core.Model;
using GeoPlan.Testing;

namespace GeoPlan.Geodata.Tests;

/// <summary>A task links the features its text names, so a planner who opens a task sees its places on the map.</summary>
public sealed class TaskLinkTests
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;

    // Station names repeat the place they are named after (中街, 太原街), and 沈阳 is the subject of almost every sentence:
    // those are linked by reading, not by matching text.
    private static readonly HashSet<string> MatchedLayers = ["districts", "metro_cities", "core_blocks", "parks", "zones", "hubs", "roads"];

    [Fact]
    public void Every_task_that_writes_a_features_full_name_links_it()
    {
        var missing = new List<string>();
        foreach (var feature in Data.Features.Where(f => MatchedLayers.Contains(f.Layer) && f.Id != "shenyang"))
        {
            var names = new[] { feature.NameZh, feature.Attributes.GetValueOrDefault("plan_name") as string }
                .Where(n => n is { Length: >= 3 })
                .ToList();
            foreach (var task in Data.Tasks.Where(t => names.Any(n => (t.TitleZh + t.TextZh).Contains(n!, StringComparison.Ordinal))))
            {
                if (!task.FeatureIds.Contains(feature.Id))
                {
                    missing.Add($"{task.Id} names {feature.NameZh} but does not link {feature.Id}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void The_rail_hub_task_links_the_lines_it_names()
    {
        var task = Data.Tasks.Single(t => t.Id == "3.1.2");

        Assert.Contains("m2-south-extension", task.FeatureIds);
        Assert.Contains("m4-phase-1", task.FeatureIds);
        Assert.Equal(4, task.FeatureIds.Count(id => id.StartsWith("icr-", StringComparison.Ordinal)));
    }
}
