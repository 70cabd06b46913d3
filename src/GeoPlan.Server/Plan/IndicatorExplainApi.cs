using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Server.Analysis;
using GeoPlan.Server.Features;
using GeoPlan.Server.Hosting;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Plan;

/// <summary>Explains an indicator computed from geometry: its value, formula, parameters, data dates and the map that produced it.</summary>
public static class IndicatorExplainApi
{
    /// <summary>Maps <c>/plan/indicators/{id}/explain</c>.</summary>
    public static IEndpointRouteBuilder MapIndicatorExplainApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/plan/indicators/{id}/explain", GetExplanation)
            .WithTags("Plan")
            .WithName("GetIndicatorExplanation")
            .WithSummary("An indicator computed from geometry (32 or metro_length, park_service_coverage, station_800m_coverage, "
                + "metropolitan_commute_60) for year=2023|2025: value, formula, parameters, data dates, parts, and its features as GeoJSON");
        return app;
    }

    private static async Task<Results<Ok<IndicatorExplainDocument>, ProblemHttpResult>> GetExplanation(
        string id,
        HttpRequest request,
        IFeatureStore store,
        CommuteNetworks networks,
        IOptions<GeoPlanOptions> options,
        CancellationToken ct)
    {
        var key = ComputedIndicatorKeys.Resolve(id);
        if (key is null)
        {
            return ApiProblem.NotFound(
                "Computed indicator",
                $"indicator '{id}' is not computed from geometry; {ComputedIndicatorKeys.Describe()}. The other indicators of "
                + "/plan/indicators are statistics and have no map to explain them");
        }

        var (scenario, problem) = ScenarioYearParameter.Read(request);
        if (problem is not null)
        {
            return problem;
        }

        var year = scenario?.Year ?? CommuteScenarioCatalog.PlanYears[^1];
        if (!CommuteScenarioCatalog.PlanYears.Contains(year))
        {
            return ApiProblem.BadParameter(
                ScenarioYearParameter.Name,
                $"year={year} has no plan target; indicators are computed for {string.Join(" or ", CommuteScenarioCatalog.PlanYears)}");
        }

        try
        {
            var explanation = await ComputeAsync(key, year, store, networks, options.Value, ct);
            var self = new RequestUrls(request).For($"/plan/indicators/{id}/explain?year={year}");
            return TypedResults.Ok(IndicatorExplainDocument.Of(explanation, self));
        }
        catch (Exception e) when (e is ArgumentException or OriginOutsideNetworkException)
        {
            return TypedResults.Problem(
                title: "Indicator cannot be computed from the data",
                detail: e.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    internal static async Task<IndicatorExplanation> ComputeAsync(
        string key, int year, IFeatureStore store, CommuteNetworks networks, GeoPlanOptions options, CancellationToken ct)
    {
        switch (key)
        {
            case ComputedIndicatorKeys.MetroLength:
                var indicator = (await store.GetIndicatorsAsync(ct)).FirstOrDefault(i => i.Id == ComputedIndicatorKeys.MetroLengthIndicatorId);
                var target = year == 2023 ? indicator?.Target2023 : indicator?.Target2025;
                return MetroLength.Compute(await ReadAsync(store, "rail_lines", ct), year, target);
            case ComputedIndicatorKeys.ParkServiceCoverage:
                return ParkServiceCoverage.Compute(
                    await ReadAsync(store, "parks", ct),
                    year,
                    BuiltUpArea.FromRoads(await ReadAsync(store, "roads", ct)),
                    await networks.GetCoverageAsync(ct));
            case ComputedIndicatorKeys.Station800mCoverage:
                return StationCoverage.Compute(
                    await ReadAsync(store, "rail_stations", ct),
                    await ReadAsync(store, "rail_lines", ct),
                    year,
                    BuiltUpArea.FromRoads(await ReadAsync(store, "roads", ct)),
                    await networks.GetCoverageAsync(ct));
            default:
                var centre = await store.GetFeatureAsync("rail_stations", MetropolitanCommute.CentreStationId, ct)
                    ?? throw new ArgumentException(
                        $"rail_stations has no feature '{MetropolitanCommute.CentreStationId}' (市府广场), the centre the 60-minute "
                        + "coverage is measured from; load the bundled rail_stations or add it");
                var layers = await new CommuteData(options.CommuteRoadCollections).ReadNetworkLayersAsync(store, ct);
                return MetropolitanCommute.Compute(
                    await networks.GetNetworkAsync(CommuteScenario.OfYear(year), ct),
                    await networks.GetCoverageAsync(ct),
                    layers,
                    centre,
                    await ReadAsync(store, "metro_cities", ct));
        }
    }

    /// <summary>Every feature of <paramref name="layer"/>; an <see cref="ArgumentException"/> naming the layer when the store has none.</summary>
    internal static async Task<IReadOnlyList<PlanFeature>> ReadAsync(IFeatureStore store, string layer, CancellationToken ct) =>
        await LayerFeatures.ReadAsync(store, layer, ct) ?? throw new ArgumentException(
            $"the store has no '{layer}' collection, which this indicator is computed from; load the bundled geodata or import it");
}
