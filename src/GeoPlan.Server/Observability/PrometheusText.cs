using System.Globalization;
using System.Text;

namespace GeoPlan.Server.Observability;

/// <summary>Writes what a <see cref="MetricsCollector"/> holds in the Prometheus text exposition format, version 0.0.4.</summary>
public static class PrometheusText
{
    /// <summary>The format's media type.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>Every metric, each with its HELP and TYPE lines, samples in a stable order.</summary>
    public static string Write(MetricsCollector metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var text = new StringBuilder();

        Header(text, "geoplan_http_requests_total", "counter", "HTTP requests answered, by method, route template and status class.");
        foreach (var ((method, route, status), count) in metrics.Requests.OrderBy(r => r.Key.Route, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Method, StringComparer.Ordinal).ThenBy(r => r.Key.Status, StringComparer.Ordinal))
        {
            Sample(text, "geoplan_http_requests_total", [("method", method), ("route", route), ("status", status)], count);
        }

        Header(text, "geoplan_http_request_duration_seconds", "histogram", "Time to answer HTTP requests, by route template.");
        foreach (var (route, histogram) in metrics.Durations.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var (cumulative, sum) = histogram.Read();
            for (var i = 0; i < histogram.Bounds.Count; i++)
            {
                Sample(text, "geoplan_http_request_duration_seconds_bucket", [("route", route), ("le", Number(histogram.Bounds[i]))], cumulative[i]);
            }

            Sample(text, "geoplan_http_request_duration_seconds_bucket", [("route", route), ("le", "+Inf")], cumulative[^1]);
            Sample(text, "geoplan_http_request_duration_seconds_sum", [("route", route)], sum);
            Sample(text, "geoplan_http_request_duration_seconds_count", [("route", route)], cumulative[^1]);
        }

        Header(text, "geoplan_tile_cache_lookups_total", "counter", "Tile cache lookups, by result (hit or miss).");
        var lookups = metrics.TileLookups.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        foreach (var result in new[] { "hit", "miss" })
        {
            Sample(text, "geoplan_tile_cache_lookups_total", [("result", result)], lookups.GetValueOrDefault(result));
        }

        Header(text, "geoplan_store_errors_total", "counter", "Requests that found the data store unavailable.");
        Sample(text, "geoplan_store_errors_total", [], metrics.StoreErrors);
        return text.ToString();
    }

    private static void Header(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n').Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    private static void Sample(StringBuilder text, string name, (string Name, string Value)[] labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').AppendJoin(',', labels.Select(l => $"{l.Name}=\"{Escape(l.Value)}\"")).Append('}');
        }

        text.Append(' ').Append(Number(value)).Append('\n');
    }

    private static string Number(double value) => double.IsPositiveInfinity(value) ? "+Inf" : value.ToString("R", CultureInfo.InvariantCulture);

    // The format's label value escapes: backslash, double quote and line feed.
    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
