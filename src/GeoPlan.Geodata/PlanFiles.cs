using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;

namespace GeoPlan.Geodata;

/// <summary>The root of <c>plan/tasks.json</c>: the task tree in document order, in the model's own wire names.</summary>
internal sealed record TasksFile(string Source, IReadOnlyList<PlanTask> Tasks);

/// <summary>The root of <c>plan/indicators.json</c>: the indicator table in row order.</summary>
internal sealed record IndicatorsFile(string Source, IReadOnlyList<Indicator> Indicators);

/// <summary>The root of <c>plan/actuals.json</c>: public, sourced actual values of the indicators.</summary>
internal sealed record ActualsFile(IReadOnlyList<IndicatorActual> Actuals);
