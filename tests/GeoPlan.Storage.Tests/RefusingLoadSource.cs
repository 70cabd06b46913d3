using GeoPlan.Core.Model;
using GeoPlan.Storage.PostGis;

namespace GeoPlan.Storage.Tests;

/// <summary>A load source that hands out every feature and only then says it is not valid: a problem found late in a streamed load.</summary>
internal sealed class RefusingLoadSource(PlanDataset dataset) : ILoadSource
{
    public int FeaturesRead { get; private set; }

    public IReadOnlyList<LayerInfo> Layers => dataset.Layers;

    public IReadOnlyList<PlanTask> Tasks => dataset.Tasks;

    public IReadOnlyList<Indicator> Indicators => dataset.Indicators;

    public IEnumerable<PlanFeature> ReadFeatures(LayerInfo layer)
    {
        foreach (var feature in dataset.Features.Where(f => f.Layer == layer.Id))
        {
            FeaturesRead++;
            yield return feature;
        }
    }

    public IReadOnlyList<FieldInfo> FieldsOf(LayerInfo layer) => layer.Fields;

    public Task<bool> IsValidAsync(CancellationToken ct) => Task.FromResult(false);
}
