using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace GeoPlan.Server.Tests.Hostile;

/// <summary>A route the service maps: its template, its methods and the query parameters its summary names.</summary>
internal sealed partial record HostileRoute(RoutePattern Pattern, IReadOnlyList<string> Methods, IReadOnlyList<string> Parameters)
{
    /// <summary>The route of an endpoint, read from its metadata.</summary>
    public static HostileRoute Of(RouteEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var summary = endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? "";
        return new HostileRoute(
            endpoint.RoutePattern,
            endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToList() ?? [],
            NamedParameter().Matches(summary).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList());
    }

    // "minutes=30,45,60", "from|to=lon,lat": the names before '=' (and those joined to them by '|').
    [GeneratedRegex("""([A-Za-z_][A-Za-z0-9_-]*)(?=(\|[A-Za-z_][A-Za-z0-9_-]*)*=)""")]
    private static partial Regex NamedParameter();
}
