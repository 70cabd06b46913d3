using Microsoft.AspNetCore.Routing.Patterns;

namespace GeoPlan.Server.Tests.Hostile;

/// <summary>Makes malformed requests, seeded, for every route template of the service: each parameter either a sensible value or a
/// hostile one, with hostile query parameters, headers and bodies, by the endpoint's own method or a write method it may not take.</summary>
/// <remarks>Query parameters are mostly the endpoint's own (as its summary names them, <c>name=</c>), otherwise any the API reads.</remarks>
internal sealed class HostileRequestGenerator(IReadOnlyList<HostileRoute> routes, IReadOnlyDictionary<string, string> sensible, int seed)
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] HeaderNames = ["Accept", "Accept-Encoding", "Accept-Language", "If-None-Match", "X-Request-Id", "Range", "Origin"];

    /// <summary>Paths no route template makes: traversal towards files outside the service and odd encodings.</summary>
    public static readonly IReadOnlyList<string> RawPaths =
    [
        "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2F..%2Fetc%2Fpasswd", "/fonts/../../../../etc/passwd",
        "/fonts/..%2F..%2F..%2Fetc%2Fpasswd/0-255.pbf", "/fonts/../../etc/0-255.pbf", "/fonts/%2e%2e/0-255.pbf", "/index.html",
        "/index.html/../../../etc/passwd", "/static/../../appsettings.json", "/appsettings.json", "/GeoPlan.Server.dll", "/web.config",
        "//etc/passwd", "/\\..\\..\\etc\\passwd", "/collections/../../../etc/passwd", "/collections/%00", "/collections/a%00b/items",
        "/.git/config", "/data/geoplan.gpkg", "/%", "/%ZZ", "/" + new string('a', 10_000),
    ];

    private readonly Random _random = new(seed);

    /// <summary>At least <paramref name="count"/> requests: every route in turn, then every raw path once per method.</summary>
    public IEnumerable<HostileRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var route = routes[i % routes.Count];
            var method = Pick(0.75) && route.Methods.Count > 0
                ? route.Methods[_random.Next(route.Methods.Count)]
                : WriteMethods[_random.Next(WriteMethods.Length)];
            yield return Make(route.Pattern.RawText ?? "/", method, Fill(route.Pattern), Pick(0.1) ? [] : Query(route.Parameters));
        }

        foreach (var path in RawPaths)
        {
            foreach (var method in new[] { "GET" }.Concat(WriteMethods))
            {
                yield return Make("(raw path)", method, path, []);
            }
        }
    }

    private HostileRequest Make(string template, string method, string path, List<(string Name, string Value)> query)
    {
        var writes = method != "GET" || Pick(0.05);
        var body = writes && !Pick(0.1) ? HostileValues.Bodies[_random.Next(HostileValues.Bodies.Count)].Value : null;
        var contentType = body is null ? null : HostileValues.ContentTypes[_random.Next(HostileValues.ContentTypes.Count)];
        var headers = new List<KeyValuePair<string, string>>();
        while (Pick(0.3))
        {
            headers.Add(new(HeaderNames[_random.Next(HeaderNames.Length)], Hostile()));
        }

        var text = query.Count == 0 ? "" : "?" + string.Join('&', query.Select(p => $"{Escape(p.Name)}={Escape(p.Value)}"));
        return new HostileRequest(template, method, path, text, headers, body, contentType);
    }

    // The template with each parameter sensible or hostile.
    private string Fill(RoutePattern route)
    {
        var path = new System.Text.StringBuilder();
        foreach (var segment in route.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => sensible.TryGetValue(parameter.Name, out var value) && Pick(0.5) ? value : Hostile(),
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private List<(string Name, string Value)> Query(IReadOnlyList<string> own)
    {
        var query = new List<(string, string)>();
        do
        {
            var name = own.Count > 0 && Pick(0.7)
                ? own[_random.Next(own.Count)]
                : HostileValues.ParameterNames[_random.Next(HostileValues.ParameterNames.Count)];
            query.Add((name, Hostile()));
        }
        while (Pick(0.5));

        return query;
    }

    private string Hostile() => HostileValues.Texts[_random.Next(HostileValues.Texts.Count)];

    private bool Pick(double probability) => _random.NextDouble() < probability;

    // Mostly as a client encodes it; sometimes raw, as a hand-made request might arrive.
    private string Escape(string text) => Pick(0.8) || text.Length > 2_000 ? Uri.EscapeDataString(text) : text;
}
