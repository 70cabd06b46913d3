using GeoPlan.Core.Model;

namespace GeoPlan.Geodata;

/// <summary>Turns the plan files' entries into the model, reporting values outside the allowed words.</summary>
internal sealed class PlanReader(ICollection<GeodataProblem> problems)
{
    public List<PlanTask> Tasks(TasksFile file, string fileName) =>
        file.Tasks.Select(t => new PlanTask(
            t.Id,
            t.Parent,
            Parse<TaskLevel>(t.Level, "level", fileName, t.Id),
            t.TitleZh,
            t.TitleEn,
            t.TextZh,
            t.Targets.Select(x => new TaskTarget(
                x.Year,
                x.MetricZh,
                x.MetricEn,
                x.Value,
                x.Unit,
                Parse<Comparison>(x.Comparison, "comparison", fileName, t.Id),
                x.Aspirational,
                x.TextZh)).ToList(),
            t.FeatureIds)).ToList();

    public List<Indicator> Indicators(IndicatorsFile file, string fileName) =>
        file.Indicators.Select(i => new Indicator(
            i.Id,
            i.DomainZh,
            i.DomainEn,
            i.NameZh,
            i.NameEn,
            i.Unit,
            Parse<IndicatorDirection>(i.Direction, "direction", fileName, i.Id.ToString()),
            Target(i.Target2023, 2023, fileName, i.Id),
            Target(i.Target2025, 2025, fileName, i.Id),
            i.RelatedTaskIds)).ToList();

    private IndicatorTarget Target(IndicatorTargetEntry? entry, int year, string fileName, int id)
    {
        if (entry is null)
        {
            problems.Add(new GeodataProblem(fileName, id.ToString(), $"the {year} target is missing; every indicator has a 2023 and a 2025 target"));
            return new IndicatorTarget("", null, Comparison.Qualitative, null);
        }

        var comparison = Parse<Comparison>(entry.Comparison, $"target_{year}.comparison", fileName, id.ToString());
        if (entry.Value is null != (comparison == Comparison.Qualitative))
        {
            problems.Add(new GeodataProblem(fileName, id.ToString(), $"the {year} target needs a value unless it is qualitative, and none if it is"));
        }

        return new IndicatorTarget(entry.TextZh, entry.Value, comparison, entry.QualitativeEn);
    }

    private TEnum Parse<TEnum>(string text, string field, string fileName, string item)
        where TEnum : struct, Enum
    {
        if (!WireName.TryParse(text, out TEnum value))
        {
            problems.Add(new GeodataProblem(fileName, item, $"'{field}' is '{text}'; allowed: {string.Join(", ", WireName.All<TEnum>())}"));
        }

        return value;
    }
}
