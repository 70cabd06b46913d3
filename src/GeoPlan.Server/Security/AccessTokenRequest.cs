using System.Text.Json;
using GeoPlan.Core.Model;
using GeoPlan.Core.Security;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Security;

/// <summary>The body of <c>POST /admin/tokens</c>, read into a name, a role and an optional lifetime in days, or the 400 naming the
/// field at fault.</summary>
internal static class AccessTokenRequest
{
    private const string Example = """e.g. {"name": "qgis-li.wei", "role": "editor", "expires_in_days": 90}""";

    /// <summary>The name, role and lifetime (null: until revoked) the body asks for.</summary>
    public static async Task<(string? Name, AccessRole Role, int? Days, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, CancellationToken ct)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return (null, default, null, ApiProblem.BadParameter("body", $"the body is not JSON ({e.Message}); send an object, {Example}"));
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, default, null, ApiProblem.BadParameter("body", $"send a JSON object, {Example}"));
            }

            if (root.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n is not ("name" or "role" or "expires_in_days")) is { } unknown)
            {
                return (null, default, null, ApiProblem.BadParameter(
                    unknown, $"'{unknown}' is not a field of a token request; the fields are name, role and expires_in_days"));
            }

            var name = root.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
                ? nameElement.GetString()
                : null;
            if (AccessTokenNames.Problem(name) is { } problem)
            {
                return (null, default, null, ApiProblem.BadParameter("name", problem));
            }

            if (!root.TryGetProperty("role", out var roleElement) || roleElement.ValueKind != JsonValueKind.String ||
                !WireName.TryParse(roleElement.GetString(), out AccessRole role))
            {
                return (null, default, null, ApiProblem.BadParameter(
                    "role", $"give the role as one of {string.Join(", ", WireName.All<AccessRole>())}, {Example}"));
            }

            if (!root.TryGetProperty("expires_in_days", out var daysElement) || daysElement.ValueKind == JsonValueKind.Null)
            {
                return (name, role, null, null);
            }

            if (daysElement.ValueKind != JsonValueKind.Number || !daysElement.TryGetInt32(out var days))
            {
                return (null, default, null, ApiProblem.BadParameter(
                    "expires_in_days", $"give the token's lifetime as a whole number of days, or leave it out for one that lasts until revoked, {Example}"));
            }

            return AccessTokenLifetime.Problem(days) is { } lifetimeProblem
                ? (null, default, null, ApiProblem.BadParameter("expires_in_days", lifetimeProblem))
                : (name, role, days, null);
        }
    }
}
