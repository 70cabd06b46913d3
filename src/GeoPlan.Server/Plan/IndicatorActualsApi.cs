using System.Globalization;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Validation;
using GeoPlan.Server.Http;
using GeoPlan.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Plan;

/// <summary>The indicators' actual values: record one with its source, and read each year's current value with the full history.</summary>
/// <remarks>Recording needs a token with role editor or admin (<see cref="AccessPolicies.Edit"/>); the value is recorded by the token's
/// name.</remarks>
public static class IndicatorActualsApi
{
    /// <summary>Maps <c>GET /plan/indicators/{indicatorId}/actuals</c> and <c>PUT /plan/indicators/{indicatorId}/actuals/{year}</c>.</summary>
    public static IEndpointRouteBuilder MapIndicatorActualsApi(this IEndpointRouteBuilder app)
    {
        var indicators = app.MapGroup("/plan/indicators").WithTags("Plan");
        indicators.MapGet("/{indicatorId}/actuals", GetActuals).WithName("GetIndicatorActuals")
            .WithSummary("An indicator's actual values: the current one of each year and every value ever recorded, oldest first");
        indicators.MapPut("/{indicatorId}/actuals/{year}", PutActual).WithName("PutIndicatorActual")
            .RequireAuthorization(AccessPolicies.Edit)
            .WithSummary("Record an indicator's actual value for a year: JSON {value, source, as_of, comparison_values}; earlier values stay as history")
            .WithDescription("Needs a token with role editor or admin. The value is in the indicator's unit; source names where it " +
                "comes from; " +
                "as_of (YYYY-MM-DD) is the source's date; comparison_values (optional) holds the numbers a qualitative target is judged " +
                "against, e.g. {\"gdp_growth\": 5.0}. The value is recorded by the token's name.");
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
        string indicatorId, string year, HttpRequest request, IFeatureStore store, IIndicatorActualWriter writer, CancellationToken ct)
    {
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
            var record = await writer.RecordAsync(actual!, request.HttpContext.User.EditorName(), ct);
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
