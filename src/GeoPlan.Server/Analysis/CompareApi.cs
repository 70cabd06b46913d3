using System.Globalization;
using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Storage;
using GeoPlan.Server.Hosting;
using GeoPlan.Server.Http;
using GeoPlan.Server.Plan;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Analysis;

/// <summary>Scenario comparison: the land and people a coverage gains and loses between two plan years.</summary>
public static class CompareApi
{
    /// <summary>The id of the built-up scope in the summary, as in the coverage indicators' parts.</summary>
    public const string BuiltUpScopeId = "inside-ring-3";

    /// <summary>Maps <c>/analysis/compare</c>.</summary>
    public static IEndpointRouteBuilder MapCompareApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/analysis/compare", GetComparison)
            .WithTags("Analysis")
            .WithName("GetScenarioComparison")
            .WithSummary("Compare a coverage between plan years: metric=station800|park|commute60, from=2023, to=2025; the land "
                + "gained and lost as GeoJSON with km² and census people, and per scope (built-up area, metropolitan area) the "
                + "covered land and people of each year");
        return app;
    }

    private static async Task<Results<Ok<CompareDocument>, ProblemHttpResult>> GetComparison(
        HttpRequest request,
        IFeatureStore store,
        CommuteNetworks networks,
        IOptions<GeoPlanOptions> options,
        CancellationToken ct)
    {
        var query = request.Query;
        if (query["metric"].Count != 1)
        {
            return ApiProblem.BadParameter("metric", $"give metric once: {ComparedMetric.Names}");
        }

        var metric = ComparedMetric.Find(query["metric"][0]);
        if (metric is null)
        {
            return ApiProblem.BadParameter("metric", $"there is no metric '{query["metric"][0]}' to compare; give {ComparedMetric.Names}");
        }

        var (from, fromProblem) = ReadYear(query, "from", CommuteScenarioCatalog.PlanYears[0]);
        var (to, toProblem) = ReadYear(query, "to", CommuteScenarioCatalog.PlanYears[^1]);
        if ((fromProblem ?? toProblem) is { } problem)
        {
            return problem;
        }

        try
        {
            var coverage = await networks.GetCoverageAsync(ct);
            var fromExplanation = await IndicatorExplainApi.ComputeAsync(metric.IndicatorKey, from, store, networks, options.Value, ct);
            var toExplanation = to == from
                ? fromExplanation
                : await IndicatorExplainApi.ComputeAsync(metric.IndicatorKey, to, store, networks, options.Value, ct);
            var scopes = new List<CoverageScope>();
            var notes = new List<string>();
            if (metric.CountsBuiltUpArea)
            {
                var ring = toExplanation.Features.First(f => f.Role == ContributingRoles.Denominator).Feature;
                scopes.Add(new CoverageScope(BuiltUpScopeId, BuiltUpArea.Label, BuiltUpArea.InsideRing(ring).Metres));
                notes.Add(BuiltUpArea.Label);
            }

            scopes.Add(CoverageScope.Metropolitan);
            notes.Add("Population is the 2020 census spread evenly over each Shenyang district and each other city: a difference "
                + "polygon holds the people of its share of each unit's land.");
            notes.Add($"Gained and lost are computed on a 1 mm grid; land is measured in {CrsRegistry.Cgcs2000Gk123.Code}.");
            notes.Add($"Each year's covered area is the one /plan/indicators/{metric.IndicatorKey}/explain?year= maps; its notes "
                + "say what the data rests on.");
            var comparison = ScenarioComparison.Compare(
                from, Covered(fromExplanation), to, Covered(toExplanation), coverage, scopes);
            var self = new RequestUrls(request).For(
                string.Create(CultureInfo.InvariantCulture, $"/analysis/compare?metric={metric.Name}&from={from}&to={to}"));
            return TypedResults.Ok(CompareDocument.Of(metric, comparison, notes, self));
        }
        catch (Exception e) when (e is ArgumentException or OriginOutsideNetworkException or NetworkDataException)
        {
            return TypedResults.Problem(
                title: "Coverage cannot be computed from the data",
                detail: e.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static NetTopologySuite.Geometries.Geometry Covered(IndicatorExplanation explanation) =>
        MetricMeasure.ToMetres(explanation.CoveredLonLat ?? throw new ArgumentException(
            $"{explanation.Indicator.Key} maps no covered area for {explanation.Indicator.Year}, so there is nothing to compare"));

    private static (int Year, ProblemHttpResult? Problem) ReadYear(IQueryCollection query, string name, int fallback)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return (fallback, null);
        }

        var years = string.Join(" or ", CommuteScenarioCatalog.PlanYears);
        if (values.Count != 1)
        {
            return (0, ApiProblem.BadParameter(name, $"give {name} once: {years}"));
        }

        var known = int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && CommuteScenarioCatalog.PlanYears.Contains(year);
        return known
            ? (year, null)
            : (0, ApiProblem.BadParameter(name, $"{name}='{values[0]}' is not a plan year; coverage is computed for {years}"));
    }
}
