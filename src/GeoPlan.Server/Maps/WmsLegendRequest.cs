using GeoPlan.Core.Styling;

namespace GeoPlan.Server.Maps;

/// <summary>A GetLegendGraphic request (SLD 1.1 extension of WMS): one layer's legend, or every layer's for the root layer.</summary>
/// <param name="LayerId">The plan layer, or null for the root layer.</param>
/// <param name="Language">The legend's language.</param>
/// <param name="Transparent">True to leave the background clear.</param>
internal sealed record WmsLegendRequest(string? LayerId, MapLanguage Language, bool Transparent)
{
    /// <summary>Parses LAYER, FORMAT, STYLE, TRANSPARENT and LANGUAGE, or returns the first error.</summary>
    public static (WmsLegendRequest? Request, WmsError? Error) Parse(WmsParameters parameters, WmsLayers layers)
    {
        var layer = parameters["LAYER"];
        if (string.IsNullOrWhiteSpace(layer) || layer.Contains(','))
        {
            var allowed = $"one layer: {WmsLayers.RootName} (every layer) or one of {string.Join(", ", layers.DrawOrder)}";
            return (null, string.IsNullOrWhiteSpace(layer) ? WmsError.Missing("LAYER", allowed) : WmsError.Invalid("LAYER", $"LAYER must name {allowed}"));
        }

        var (_, error) = layers.Names("LAYER", layer);
        var format = parameters["FORMAT"];
        var style = parameters["STYLE"];
        var transparent = parameters["TRANSPARENT"];
        error ??= string.IsNullOrEmpty(format) || format.Equals(PngResponse.MediaType, StringComparison.OrdinalIgnoreCase)
            ? null
            : new WmsError(WmsExceptionCode.InvalidFormat, $"FORMAT {format} is not offered; legends are {PngResponse.MediaType}", "FORMAT");
        error ??= string.IsNullOrEmpty(style) || style.Equals(WmsMapRequestParser.DefaultStyle, StringComparison.OrdinalIgnoreCase)
            ? null
            : new WmsError(
                WmsExceptionCode.StyleNotDefined, $"style '{style}' is not defined; every layer has the style '{WmsMapRequestParser.DefaultStyle}'", "STYLE");
        error ??= string.IsNullOrEmpty(transparent) || parameters.Is("TRANSPARENT", "TRUE") || parameters.Is("TRANSPARENT", "FALSE")
            ? null
            : WmsError.Invalid("TRANSPARENT", $"TRANSPARENT must be TRUE or FALSE; got '{transparent}'");
        var language = MapLanguage.Zh;
        error ??= MapLanguageParameter.TryParse(parameters["LANGUAGE"], out language)
            ? null
            : WmsError.Invalid("LANGUAGE", $"LANGUAGE must be {MapLanguageParameter.Allowed}; got '{parameters["LANGUAGE"]}'");
        return error is null
            ? (new WmsLegendRequest(WmsLayers.IsRoot(layer.Trim()) ? null : layer.Trim(), language, parameters.Is("TRANSPARENT", "TRUE")), null)
            : (null, error);
    }
}
