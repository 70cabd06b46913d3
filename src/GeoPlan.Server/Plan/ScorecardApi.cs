using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Server.Analysis;
using GeoPlan.Server.Features;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Plan;

/// <summary>The scorecard of a core block (or any area feature): its tasks' lights, coverage inside it, travel time to the centre.</summary>
public static class ScorecardApi
{
    private static readonly TravelModes[] ModeSets =
        [TravelModes.Walk | TravelModes.Rail | TravelModes.Car, TravelModes.Walk | TravelModes.Rail];

    /// <summary>Maps <c>/collections/{collectionId}/items/{featureId}/scorecard</c>.</summary>
    public static IEndpointRouteBuilder MapScorecardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/collections/{collectionId}/items/{featureId}/scorecard", GetScorecard)
            .WithTags("Plan")
            .WithName("GetFeatureScorecard")
            .WithSummary("A core block's scorecard: the tasks naming it with their lights, station 800 m and park coverage inside it, and "
                + "minutes to 市府广场 by walk+rail+car and walk+rail, for 2023 and 2025");
        return app;
    }

    private static async Task<Results<Ok<ScorecardDocument>, ProblemHttpResult>> GetScorecard(
        string collectionId,
        string featureId,
        HttpRequest request,
        IFeatureStore store,
        IndicatorStatuses statuses,
        CommuteNetworks networks,
        CancellationToken ct)
    {
        if (await store.GetLayerAsync(collectionId, ct) is null)
        {
            return await FeaturesApi.CollectionNotFound(store, collectionId, ct);
        }

        var block = await store.GetFeatureAsync(collectionId, featureId, ct);
        if (block is null)
        {
            return ApiProblem.NotFound("Feature", $"collection '{collectionId}' has no feature '{featureId}'");
        }

        if (block.Geometry is not (Polygon or MultiPolygon))
        {
            return TypedResults.Problem(
                title: "Feature is not an area",
                detail: $"{collectionId}/{featureId} is a {block.Geometry.GeometryType}; a scorecard measures coverage over an area, so ask "
                    + "for a Polygon or MultiPolygon feature, such as one of /collections/core_blocks/items",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var urls = new RequestUrls(request);
        var judge = await statuses.TaskJudgeAsync(ct);
        var tasks = (await store.GetTasksNamingAsync(featureId, ct))
            .Select(t => new ScorecardTask(t.Id, t.TitleZh, t.TitleEn, t.Targets, judge(t), urls.For($"/plan/tasks/{t.Id}")))
            .ToList();

        try
        {
            return TypedResults.Ok(await MeasureAsync(block, tasks, store, networks, urls, ct));
        }
        catch (Exception e) when (e is ArgumentException or NetworkDataException)
        {
            return TypedResults.Problem(
                title: "Scorecard cannot be computed from the data",
                detail: e.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<ScorecardDocument> MeasureAsync(
        PlanFeature block,
        IReadOnlyList<ScorecardTask> tasks,
        IFeatureStore store,
        CommuteNetworks networks,
        RequestUrls urls,
        CancellationToken ct)
    {
        var stations = await IndicatorExplainApi.ReadAsync(store, "rail_stations", ct);
        var lines = await IndicatorExplainApi.ReadAsync(store, "rail_lines", ct);
        var parks = await IndicatorExplainApi.ReadAsync(store, "parks", ct);
        var centre = stations.FirstOrDefault(s => s.Id == MetropolitanCommute.CentreStationId) ?? throw new ArgumentException(
            $"rail_stations has no feature '{MetropolitanCommute.CentreStationId}' (市府广场), the centre travel time is measured to; "
            + "load the bundled rail_stations or add it");

        var years = CommuteScenarioCatalog.PlanYears;
        var travel = new List<CentreTravelTime>();
        foreach (var year in years)
        {
            var network = await networks.GetNetworkAsync(CommuteScenario.OfYear(year), ct);
            travel.AddRange(ModeSets.Select(modes => BlockScorecard.TravelToCentre(network, block, centre, modes)));
        }

        var self = $"/collections/{block.Layer}/items/{block.Id}";
        return new ScorecardDocument(
            block.Layer,
            block.Id,
            block.NameZh,
            block.NameEn,
            tasks,
            years.Select(y => BlockScorecard.Stations(block, stations, lines, y)).ToList(),
            years.Select(y => BlockScorecard.Parks(block, parks, y)).ToList(),
            travel,
            [
                "Coverage shares are of the block's area (0 to 1), measured in EPSG:4550 with the covered areas of the city-wide "
                + "station_800m_coverage and park_service_coverage indicators; a station operates in a year when one of its lines "
                + "runs then.",
                $"Travel time runs from the block's interior point to the point of rail_stations/{centre.Id} ({centre.NameZh}, 市府广场) on "
                + "each year's network, walking or driving off the network at both ends as the commute surfaces do; trips over "
                + $"{BlockScorecard.CutoffMinutes} minutes are null with the reason.",
                "Travel times rest on typical speeds and headways, not timetables; station positions and park outlines are approximations "
                + "(geodata/README.md).",
            ],
            [
                new Link(urls.For(self + "/scorecard"), "self", MediaTypes.Json, $"Scorecard of {block.NameZh}"),
                new Link(urls.For(self), "item", MediaTypes.GeoJson, block.NameZh),
                Explain(urls, ComputedIndicatorKeys.Station800mCoverage, "Station 800 m coverage, city-wide"),
                Explain(urls, ComputedIndicatorKeys.ParkServiceCoverage, "Park service coverage, city-wide"),
            ]);
    }

    private static Link Explain(RequestUrls urls, string key, string title) =>
        new(urls.For($"/plan/indicators/{key}/explain"), "related", MediaTypes.Json, title);
}
