using System.Globalization;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Server.Hosting;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Plan;

/// <summary>Judges every indicator and task target (红黄绿灯): actual values recorded in the store, and for metro length the value
/// the map gives, held against the plan's targets by <see cref="TrafficLights"/>.</summary>
/// <remarks>A recorded value of a year wins over the computed one: it comes from a statistical source, the map is an approximation.</remarks>
/// <param name="store">The store the actuals and indicators come from.</param>
/// <param name="options">The service's options, whose <c>Lights</c> set the rule.</param>
public sealed class IndicatorStatuses(IFeatureStore store, IOptions<GeoPlanOptions> options)
{
    private static readonly int[] TargetYears = [2023, 2025];

    /// <summary>The rule lights are judged by.</summary>
    public LightRule Rule { get; } = options.Value.Lights.ToRule();

    /// <summary>Every indicator with its actual values and lights.</summary>
    public async Task<IReadOnlyList<IndicatorStatusDocument>> GetAsync(Func<int, string> explainUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(explainUrl);
        var indicators = await store.GetIndicatorsAsync(ct);
        var actuals = await ActualsAsync(ct);
        return indicators.Select(i =>
        {
            var own = actuals[i.Id].ToList();
            var lights = TargetYears.ToDictionary(y => y.ToString(CultureInfo.InvariantCulture), y => TrafficLights.Judge(i, y, own, Rule));
            var explain = i.Id == ComputedIndicatorKeys.MetroLengthIndicatorId ? explainUrl(i.Id) : null;
            return new IndicatorStatusDocument(
                i.Id, i.DomainZh, i.DomainEn, i.NameZh, i.NameEn, i.Unit, i.Direction, i.Target2023, i.Target2025, i.TaskIds, own, lights, explain);
        }).ToList();
    }

    /// <summary>A judge of task targets: each target by the actuals of the indicator whose name is its metric.</summary>
    /// <remarks>The indicators and actuals are read once, however many tasks the judge is then asked about.</remarks>
    public async Task<Func<PlanTask, IReadOnlyList<LightVerdict>>> TaskJudgeAsync(CancellationToken ct)
    {
        var indicators = await store.GetIndicatorsAsync(ct);
        var actuals = await ActualsAsync(ct);
        return task => task.Targets.Select(t =>
        {
            var measured = indicators.FirstOrDefault(i => i.NameZh == t.MetricZh);
            return TrafficLights.Judge(t, measured is null ? [] : actuals[measured.Id].ToList(), Rule);
        }).ToList();
    }

    private async Task<ILookup<int, IndicatorActual>> ActualsAsync(CancellationToken ct)
    {
        var recorded = (await store.GetIndicatorActualsAsync(ct)).Select(r => r.Actual).ToList();
        var computed = await ComputedMetroLengthsAsync(ct);
        return recorded.Concat(computed.Where(c => !recorded.Any(r => r.IndicatorId == c.IndicatorId && r.Year == c.Year)))
            .OrderBy(a => a.Year)
            .ToLookup(a => a.IndicatorId);
    }

    // Indicator 32 is the one row of the table the map measures; its value is computed for each target year that has begun.
    private async Task<IReadOnlyList<IndicatorActual>> ComputedMetroLengthsAsync(CancellationToken ct)
    {
        if (await LayerFeatures.ReadAsync(store, "rail_lines", ct) is not { } lines)
        {
            return [];
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return TargetYears.Where(y => y <= today.Year).Select(year =>
        {
            var computed = MetroLength.Compute(lines, year, null).Indicator;
            var source = $"computed on {today:yyyy-MM-dd} from the map: operating metro length in {year} measured in EPSG:4550 " +
                $"({string.Join("; ", computed.DataDates)}); approximate, the lines are drawn straight between stations";
            return new IndicatorActual(ComputedIndicatorKeys.MetroLengthIndicatorId, year, Math.Round(computed.Value, 1), source, today);
        }).ToList();
    }
}
