using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;

namespace GeoPlan.Storage.PostGis;

/// <summary>A dataset already in memory as a load source: its features grouped by layer, and nothing left to check.</summary>
internal sealed class DatasetLoadSource(PlanDataset dataset) : ILoadSource
{
    private readonly ILookup<string, PlanFeature> _features = dataset.Features.ToLookup(f => f.Layer, StringComparer.Ordinal);

    public IReadOnlyList<LayerInfo> Layers => dataset.Layers;

    public IReadOnlyList<PlanTask> Tasks => dataset.Tasks;

    public IReadOnlyList<Indicator> Indicators => dataset.Indicators;

    public IReadOnlyList<IndicatorActual> Actuals => dataset.Actuals;

    public IEnumerable<PlanFeature> ReadFeatures(LayerInfo layer) => _features[layer.Id];

    public IReadOnlyList<FieldInfo> FieldsOf(LayerInfo layer) => layer.Fields;

    public Task<bool> IsValidAsync(CancellationToken ct) => Task.FromResult(true);
}
