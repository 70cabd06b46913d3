namespace GeoPlan.Server.Tests.Hostile;

/// <summary>One generated request, kept as the raw parts the server sees (no client normalises or refuses any of it), with the route
/// template it was made from.</summary>
internal sealed record HostileRequest(
    string Template,
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string? ContentType)
{
    /// <summary>The request in one line for a failure report: method, URL and a summary of the body.</summary>
    public override string ToString()
    {
        var url = Shorten(Path + Query, 300);
        var body = Body is null ? "no body" : $"{Body.Length} bytes of {ContentType ?? "no type"}: {Shorten(System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 80)), 80)}";
        return $"{Method} {url} ({body})";
    }

    private static string Shorten(string text, int length) =>
        (text.Length <= length ? text : text[..length] + $"... ({text.Length} chars)").ReplaceLineEndings("\\n");
}
