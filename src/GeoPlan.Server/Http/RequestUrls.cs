using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace GeoPlan.Server.Http;

/// <summary>Absolute URLs of this service, built from the request that is being answered.</summary>
public sealed class RequestUrls(HttpRequest request)
{
    /// <summary>The service root, e.g. <c>http://localhost:5080</c>.</summary>
    public string Root { get; } = $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>An absolute URL for a path of this service.</summary>
    public string For(string path) => Root + path;

    /// <summary>The current request's URL with some query parameters replaced (null removes one).</summary>
    public string WithQuery(params (string Name, string? Value)[] changes)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                query.Remove(name);
            }
            else
            {
                query[name] = value;
            }
        }

        var builder = new QueryBuilder(query.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));
        return For(request.Path) + builder.ToQueryString();
    }
}
