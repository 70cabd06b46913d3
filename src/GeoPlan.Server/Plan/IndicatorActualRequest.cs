using System.Globalization;
using System.Text.Json;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Validation;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Plan;

/// <summary>The body of <c>PUT /plan/indicators/{id}/actuals/{year}</c>, read into an actual value, or the 400 naming the field at fault.</summary>
internal static class IndicatorActualRequest
{
    private const string Example = """e.g. {"value": 8600, "source": "沈阳市2023年国民经济和社会发展统计公报", "as_of": "2024-03-29"}""";

    private static readonly string[] Fields = ["value", "source", "as_of", "comparison_values"];

    /// <summary>The value the body states for an indicator and year, checked as every store checks it.</summary>
    public static async Task<(IndicatorActual? Actual, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, int indicatorId, int year, CancellationToken ct)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return (null, ApiProblem.BadParameter("body", $"the body is not JSON ({e.Message}); send an object, {Example}"));
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, ApiProblem.BadParameter("body", $"the body is a JSON {root.ValueKind.ToString().ToLowerInvariant()}; send an object, {Example}"));
            }

            if (root.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !Fields.Contains(name)) is { } unknown)
            {
                return (null, ApiProblem.BadParameter(unknown, $"'{unknown}' is not a field of an actual value; the fields are {string.Join(", ", Fields)}"));
            }

            if (!root.TryGetProperty("value", out var valueElement) || !TryGetNumber(valueElement, out var value))
            {
                return (null, ApiProblem.BadParameter("value", "give the value as a number in the indicator's unit (see /plan/indicators)"));
            }

            if (!root.TryGetProperty("source", out var sourceElement) || sourceElement.ValueKind != JsonValueKind.String)
            {
                return (null, ApiProblem.BadParameter("source", "name where the value comes from as text, e.g. the statistical bulletin and its table"));
            }

            if (!root.TryGetProperty("as_of", out var asOfElement) || asOfElement.ValueKind != JsonValueKind.String ||
                !DateOnly.TryParseExact(asOfElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
            {
                return (null, ApiProblem.BadParameter("as_of", "give the source's date as YYYY-MM-DD, e.g. 2024-03-29"));
            }

            var comparisonValues = new Dictionary<string, double>(StringComparer.Ordinal);
            if (root.TryGetProperty("comparison_values", out var comparison) && comparison.ValueKind != JsonValueKind.Null)
            {
                if (comparison.ValueKind != JsonValueKind.Object)
                {
                    return (null, ApiProblem.BadParameter("comparison_values", """give an object of numbers by name, e.g. {"gdp_growth": 5.0}"""));
                }

                foreach (var entry in comparison.EnumerateObject())
                {
                    if (!TryGetNumber(entry.Value, out var number))
                    {
                        return (null, ApiProblem.BadParameter("comparison_values", $"'{entry.Name}' must be a number"));
                    }

                    comparisonValues[entry.Name] = number;
                }
            }

            var actual = new IndicatorActual(indicatorId, year, value, sourceElement.GetString()!, asOf) { ComparisonValues = comparisonValues };
            return IndicatorActualValidity.FindProblems(actual) is [var first, ..]
                ? (null, ApiProblem.BadParameter(first.Field, first.Message))
                : (actual, null);
        }
    }

    // TryGetDouble throws on anything but a number, such as the string "8600".
    private static bool TryGetNumber(JsonElement element, out double number)
    {
        number = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out number);
    }
}
