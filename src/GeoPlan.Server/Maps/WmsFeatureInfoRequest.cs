using System.Globalization;
using GeoPlan.Core.Storage;

namespace GeoPlan.Server.Maps;

/// <summary>A GetFeatureInfo request: the map it was made on, the layers to query, the pixel, the answer's format and size.</summary>
/// <param name="Map">The map the pixel belongs to.</param>
/// <param name="QueryLayers">Plan layer ids to query, in the order asked.</param>
/// <param name="I">Pixel column, 0 at the left.</param>
/// <param name="J">Pixel row, 0 at the top.</param>
/// <param name="InfoFormat">One of <see cref="WmsCapabilities.InfoFormats"/>.</param>
/// <param name="FeatureCount">At most this many features per layer.</param>
internal sealed record WmsFeatureInfoRequest(MapRequest Map, IReadOnlyList<string> QueryLayers, int I, int J, string InfoFormat, int FeatureCount)
{
    /// <summary>Parses GetFeatureInfo's parameters (WMS 1.3.0, 7.4.3), or returns the first error.</summary>
    public static (WmsFeatureInfoRequest? Request, WmsError? Error) Parse(WmsParameters parameters, WmsLayers layers)
    {
        var (map, error) = WmsMapRequestParser.Parse(parameters, layers, formatRequired: false);
        if (error is not null)
        {
            return (null, error);
        }

        var (queryLayers, queryError) = ParseQueryLayers(parameters["QUERY_LAYERS"], layers);
        var (format, formatError) = ParseInfoFormat(parameters["INFO_FORMAT"]);
        var (i, iError) = ParsePixel(parameters["I"], "I", map!.Viewport.Width);
        var (j, jError) = ParsePixel(parameters["J"], "J", map.Viewport.Height);
        var (count, countError) = ParseFeatureCount(parameters["FEATURE_COUNT"]);
        error = queryError ?? formatError ?? iError ?? jError ?? countError;
        return error is null ? (new WmsFeatureInfoRequest(map, queryLayers!, i, j, format!, count), null) : (null, error);
    }

    private static (IReadOnlyList<string>?, WmsError?) ParseQueryLayers(string? list, WmsLayers layers)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return (null, WmsError.Missing("QUERY_LAYERS", $"a comma-separated list of layers to query: {string.Join(", ", layers.DrawOrder)}"));
        }

        var (names, error) = layers.Names("QUERY_LAYERS", list);
        if (error is not null)
        {
            return (null, error);
        }

        return names!.Any(WmsLayers.IsRoot)
            ? (null, new WmsError(
                WmsExceptionCode.LayerNotQueryable,
                $"the root layer {WmsLayers.RootName} is not queryable; query the plan layers in it: {string.Join(", ", layers.DrawOrder)}",
                "QUERY_LAYERS"))
            : (names!.Distinct(StringComparer.Ordinal).ToList(), null);
    }

    private static (string?, WmsError?) ParseInfoFormat(string? format)
    {
        var offered = string.Join(", ", WmsCapabilities.InfoFormats);
        if (string.IsNullOrEmpty(format))
        {
            return (null, WmsError.Missing("INFO_FORMAT", offered));
        }

        var known = WmsCapabilities.InfoFormats.FirstOrDefault(f => f.Equals(format, StringComparison.OrdinalIgnoreCase));
        return known is not null
            ? (known, null)
            : (null, new WmsError(WmsExceptionCode.InvalidFormat, $"INFO_FORMAT {format} is not offered; offered: {offered}", "INFO_FORMAT"));
    }

    private static (int, WmsError?) ParsePixel(string? text, string parameter, int size)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (0, WmsError.Missing(parameter, $"a pixel position from 0 to {size - 1}"));
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pixel) && pixel < size
            ? (pixel, null)
            : (0, new WmsError(WmsExceptionCode.InvalidPoint, $"{parameter} must be a pixel of the map, from 0 to {size - 1}; got '{text}'", parameter));
    }

    private static (int, WmsError?) ParseFeatureCount(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (1, null);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= FeatureQuery.MaxLimit
            ? (count, null)
            : (0, WmsError.Invalid("FEATURE_COUNT", $"FEATURE_COUNT must be a whole number from 1 to {FeatureQuery.MaxLimit}; got '{text}'"));
    }
}
