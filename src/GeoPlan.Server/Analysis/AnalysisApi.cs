using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Server.Http;

namespace GeoPlan.Server.Analysis;

/// <summary>Spatial analysis: commute isochrones with coverage, and the metropolitan area's 1-hour coverage by scenario.</summary>
public static class AnalysisApi
{
    /// <summary>The place the metropolitan summary starts from unless told otherwise: 市府广场 (人民广场 station), Shenyang's centre.</summary>
    public const string CentreReference = "rail_stations:station-renmin-guangchang";

    /// <summary>Maps <c>/analysis/commute</c> and <c>/analysis/commute/metropolitan</c>.</summary>
    public static IEndpointRouteBuilder MapAnalysisApi(this IEndpointRouteBuilder app)
    {
        var analysis = app.MapGroup("/analysis").WithTags("Analysis");
        analysis.MapGet("/commute", async (HttpRequest request, CommuteQueries queries, CancellationToken ct) =>
                (IResult?)UnknownParameters.Check(request.Query, CommuteInputs.Names) ?? await queries.AnswerAsync(CommuteInputs.FromQuery(request.Query), ct))
            .WithName("GetCommute")
            .WithSummary("Nested isochrones with coverage: from|to=lon,lat or collection:feature, minutes=30,45,60, year=2023|2025 " +
                "or scenario=name, modes=walk,rail,car, cell_size=250 (metres)");
        analysis.MapGet("/commute/metropolitan", GetMetropolitan)
            .WithName("GetMetropolitanCommute")
            .WithSummary("The metropolitan population within minutes=60 of Shenyang's centre (or from=), for each plan year (or scenarios=)");
        return app;
    }

    private static readonly string[] MetropolitanParameters = ["from", "minutes", "modes", "scenarios"];

    private static async Task<IResult> GetMetropolitan(HttpRequest request, CommuteQueries queries, CancellationToken ct)
    {
        var query = request.Query;
        if (UnknownParameters.Check(query, MetropolitanParameters) is { } unknown)
        {
            return unknown;
        }

        var names = query["scenarios"].Count == 0
            ? CommuteScenarioCatalog.PlanYears.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()
            : string.Join(",", query["scenarios"].ToArray()).Split(',', StringSplitOptions.TrimEntries);
        var rows = new List<MetropolitanCoverageRow>();
        CommutePlace? place = null;
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var isYear = int.TryParse(name, out _);
            var inputs = new CommuteInputs(new Dictionary<string, string?>
            {
                ["from"] = query["from"].Count == 0 ? CentreReference : query["from"].ToString(),
                ["minutes"] = query["minutes"].Count == 0 ? "60" : query["minutes"].ToString(),
                ["modes"] = query["modes"].Count == 0 ? null : query["modes"].ToString(),
                [isYear ? "year" : "scenario"] = name,
            }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));
            var (call, problem) = inputs.Read(queries.Scenarios);
            if (problem is not null)
            {
                return problem.ProblemDetails.Extensions.TryGetValue("parameter", out var parameter) && parameter is "year" or "scenario"
                    ? ApiProblem.BadParameter("scenarios", problem.ProblemDetails.Detail ?? "")
                    : problem;
            }

            if (call!.Minutes.Count != 1)
            {
                return ApiProblem.BadParameter("minutes", "the metropolitan summary takes one cutoff, e.g. minutes=60");
            }

            var (result, failure) = await queries.RunAsync(call, ct);
            if (failure is not null)
            {
                return failure;
            }

            place = result!.Request.Place;
            rows.Add(MetropolitanCoverageRow.Of(result));
        }

        return TypedResults.Ok(new MetropolitanCoverageDocument(CommutePlaceDocument.Of(place!), rows[0].Minutes, rows[0].Modes, rows));
    }
}
