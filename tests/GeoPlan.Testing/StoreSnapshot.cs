using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using Xunit;

namespace GeoPlan.Testing;

/// <summary>Everything a store answers about its layers, features and plan links, as text lines that compare exactly.</summary>
public sealed record StoreSnapshot(IReadOnlyList<string> Layers, IReadOnlyList<string> Features, IReadOnlyList<string> TaskLinks)
{
    /// <summary>Reads every layer, every feature of each, and every task's linked features.</summary>
    public static async Task<StoreSnapshot> TakeAsync(IFeatureStore store)
    {
        var layers = await store.GetLayersAsync();
        var features = new List<string>();
        foreach (var layer in layers)
        {
            await foreach (var feature in store.ScanAsync(layer.Id, null, null))
            {
                features.Add(Describe(feature));
            }
        }

        var tasks = await store.GetTasksAsync();
        var links = tasks.Select(t => $"{t.Id}: {string.Join(",", t.FeatureIds)}").ToList();
        return new StoreSnapshot(layers.Select(Describe).ToList(), features, links);
    }

    /// <summary>Asserts <paramref name="store"/> answers exactly as when this snapshot was taken.</summary>
    public async Task AssertSameAsync(IFeatureStore store)
    {
        var now = await TakeAsync(store);
        Assert.Equal(Layers, now.Layers);
        Assert.Equal(Features.Count, now.Features.Count);
        Assert.Equal(Features, now.Features);
        Assert.Equal(TaskLinks, now.TaskLinks);
    }

    /// <summary>A layer's id, titles, description, geometry type, fields, extent and count.</summary>
    public static string Describe(LayerInfo layer) =>
        $"{layer.Id} | {layer.TitleZh} | {layer.TitleEn} | {layer.Description} | {layer.GeometryType} | " +
        $"{string.Join(", ", layer.Fields.Select(f => $"{f.Name}:{f.Type}"))} | {layer.Extent} | {layer.FeatureCount}";

    /// <summary>A feature's every value, its geometry as WKT and its non-null attributes in name order.</summary>
    public static string Describe(PlanFeature feature) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{feature.Layer} | {feature.Id} | {feature.Geometry.AsText()} | {feature.NameZh} | {feature.NameEn} | {feature.Status} | " +
            $"{feature.OpenYear} | {feature.TargetYear} | {feature.Source} | {feature.AccuracyM:R} | ") +
        string.Join(", ", feature.Attributes.Where(a => a.Value is not null).OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Key}={a.Value} ({a.Value!.GetType().Name})")));
}
