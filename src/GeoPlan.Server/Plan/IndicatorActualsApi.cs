using System.Globalization;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Validation;
using GeoPlan.Server.Features;
using GeoPlan.Server.Hosting;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Plan;

/// <summary>The indicators' actual values: record one with its source, and read each year's current value with the full history.</summary>
/// <remarks>Recording is off unless <c>GeoPlan:AllowIndicatorWrites</c> is true: until the service authenticates its callers, anyone
/// could write, and every value is recorded by <see cref="Anonymous"/>.</remarks>
public static class IndicatorActualsApi
{
    /// <summary>Who a value recorded over HTTP is recorded by, until the service knows its callers.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>Maps <c>GET /plan/indicators/{indicatorId}/actuals</c> and <c>PUT /plan/indicators/{indicatorId}/actuals/{year}</c>.</summary>
    public static IEndpointRouteBuilder MapIndicatorActualsApi(this IEndpointRouteBuilder app)
    {
        var indicators = app.MapGroup("/plan/indicators").WithTags("Plan");
        indicators.MapGet("/{indicatorId}/actuals", GetActuals).WithName("GetIndicatorActuals")
            .WithSummary("An indicator's actual values: the current one of each year and every value ever recorded, oldest first");
        indicators.MapPut("/{indicatorId}/actuals/{year}", PutActual).WithName("PutIndicatorActual")
            .WithSummary("Record an indicator's actual value for a year: JSON {value, source, as_of, comparison_values}; earlier values stay as history")
            .WithDescription("Off unless GeoPlan:AllowIndicatorWrites=true. The value is in the indicator's unit; source names where it comes from; " +
                "as_of (YYYY-MM-DD) is the source's date; comparison_values (optional) holds the numbers a qualitative target is judged " +
                "against, e.g. {\"gdp_growth\": 5.0}. Until the service authenticates its callers, every value is recorded by 'anonymous'.");
        return app;
    }

    private static async Task<Results<Ok<IndicatorActualsDocument>, ProblemHttpResult>> GetActuals(
        string indicatorId, IFeatureStore store, CancellationToken ct)
    {
        var indicator = await FindAsync(store, indicatorId, ct);
        if (indicator is null)
        {
            return NoSuchIndicator(indicatorId);
        }

        var history = await store.GetIndicatorActualHistoryAsync(indicator.Id, ct);
        var current = history.GroupBy(r => r.Actual.Year).Select(year => year.MaxBy(r => r.Sequence)!).OrderBy(r => r.Actual.Year);
        return TypedResults.Ok(new IndicatorActualsDocument(
            indicator.Id,
            indicator.NameZh,
            indicator.NameEn,
            indicator.Unit,
            current.Select(IndicatorActualDocument.From).ToList(),
            history.Select(IndicatorActualDocument.From).ToList()));
    }

    private static async Task<Results<Created<IndicatorActualDocument>, ProblemHttpResult>> PutActual(
        string indicatorId, string year, HttpRequest request, IFeatureStore store, IServiceProvider services, IOptions<GeoPlanOptions> options,
        CancellationToken ct)
    {
        if (!options.Value.AllowIndicatorWrites || services.GetService<IIndicatorActualWriter>() is not { } writer)
        {
            return TypedResults.Problem(
                title: "Recording indicator values is turned off",
                detail: "this service does not take indicator values over HTTP while it cannot tell who sends them; its operator can " +
                    "allow it with GeoPlan:AllowIndicatorWrites=true",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var indicator = await FindAsync(store, indicatorId, ct);
        if (indicator is null)
        {
            return NoSuchIndicator(indicatorId);
        }

        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var yearNumber) ||
            yearNumber is < IndicatorActualValidity.FirstYear or > IndicatorActualValidity.LastYear)
        {
            return ApiProblem.BadParameter(
                "year", $"'{year}' is not a year from {IndicatorActualValidity.FirstYear} to {IndicatorActualValidity.LastYear}, e.g. 2023");
        }

        var (actual, problem) = await IndicatorActualRequest.ReadAsync(request, indicator.Id, yearNumber, ct);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var record = await writer.RecordAsync(actual!, EditingGate.EditorOf(request.HttpContext), ct);
            return TypedResults.Created($"/plan/indicators/{indicator.Id}/actuals", IndicatorActualDocument.From(record));
        }
        catch (UnknownIndicatorException)
        {
            // The indicator went away with a reload between the check above and the write.
            return NoSuchIndicator(indicatorId);
        }
    }

    private static async Task<Indicator?> FindAsync(IFeatureStore store, string indicatorId, CancellationToken ct) =>
        int.TryParse(indicatorId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (await store.GetIndicatorsAsync(ct)).FirstOrDefault(i => i.Id == id)
            : null;

    private static ProblemHttpResult NoSuchIndicator(string indicatorId) =>
        ApiProblem.NotFound("Indicator", $"there is no indicator '{indicatorId}'; indicators are numbered 1 to 34, see /plan/indicators");
}
