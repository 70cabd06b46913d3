using System.Text.Json;
using GeoPlan.Core.Model;
using GeoPlan.Core.Security;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Security;

/// <summary>The body of <c>POST /admin/tokens</c>, read into a name and a role, or the 400 naming the field at fault.</summary>
internal static class AccessTokenRequest
{
    private const string Example = """e.g. {"name": "qgis-li.wei", "role": "editor"}""";

    /// <summary>The name and role the body asks for.</summary>
    public static async Task<(string? Name, AccessRole Role, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, CancellationToken ct)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return (null, default, ApiProblem.BadParameter("body", $"the body is not JSON ({e.Message}); send an object, {Example}"));
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, default, ApiProblem.BadParameter("body", $"send a JSON object, {Example}"));
            }

            if (root.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n is not ("name" or "role")) is { } unknown)
            {
                return (null, default, ApiProblem.BadParameter(
                    unknown, $"'{unknown}' is not a field of a token request; the fields are name and role"));
            }

            var name = root.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
                ? nameElement.GetString()
                : null;
            if (AccessTokenNames.Problem(name) is { } problem)
            {
                return (null, default, ApiProblem.BadParameter("name", problem));
            }

            if (!root.TryGetProperty("role", out var roleElement) || roleElement.ValueKind != JsonValueKind.String ||
                !WireName.TryParse(roleElement.GetString(), out AccessRole role))
            {
                return (null, default, ApiProblem.BadParameter(
                    "role", $"give the role as one of {string.Join(", ", WireName.All<AccessRole>())}, {Example}"));
            }

            return (name, role, null);
        }
    }
}
