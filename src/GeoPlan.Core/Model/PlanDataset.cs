using GeoPlan.Core.Analysis.Indicators;

namespace GeoPlan.Core.Model;

/// <summary>Everything GeoPlan stores, in memory: the layers with their features, the task tree and the indicators.</summary>
/// <param name="Layers">Layer descriptions in display order.</param>
/// <param name="Features">All features of all layers.</param>
/// <param name="Tasks">The plan's task tree in document order.</param>
/// <param name="Indicators">The 34 indicators in table order.</param>
public sealed record PlanDataset(
    IReadOnlyList<LayerInfo> Layers,
    IReadOnlyList<PlanFeature> Features,
    IReadOnlyList<PlanTask> Tasks,
    IReadOnlyList<Indicator> Indicators)
{
    /// <summary>The indicators' actual values bundled with the data (public and sourced), each written as a record by
    /// <see cref="IndicatorActualRecord.Bundled"/>; none unless set.</summary>
    public IReadOnlyList<IndicatorActual> Actuals { get; init; } = [];
}
