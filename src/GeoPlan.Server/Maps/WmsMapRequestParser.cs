using System.Globalization;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using GeoPlan.Rendering;
using GeoPlan.Server.Http;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Maps;

/// <summary>Reads the map part of GetMap and GetFeatureInfo (WMS 1.3.0, 7.3.2) into a <see cref="MapRequest"/>, or the first error.</summary>
internal static class WmsMapRequestParser
{
    /// <summary>The one map format offered.</summary>
    public const string Format = PngResponse.MediaType;

    /// <summary>The one style every layer has.</summary>
    public const string DefaultStyle = "default";

    /// <summary>Parses the parameters; FORMAT is checked only when <paramref name="formatRequired"/> (GetMap).</summary>
    public static (MapRequest? Request, WmsError? Error) Parse(WmsParameters parameters, WmsLayers layers, bool formatRequired)
    {
        var error = CheckVersion(parameters) ?? (formatRequired ? CheckFormat(parameters["FORMAT"]) : null);
        if (error is not null)
        {
            return (null, error);
        }

        if (string.IsNullOrWhiteSpace(parameters["LAYERS"]))
        {
            return (null, WmsError.Missing("LAYERS", $"a comma-separated list of layers, bottom first: {WmsLayers.RootName} or any of {string.Join(", ", layers.DrawOrder)}"));
        }

        var (names, layerError) = layers.Names("LAYERS", parameters["LAYERS"]!);
        if (layerError is not null)
        {
            return (null, layerError);
        }

        var styleError = CheckStyles(parameters["STYLES"], names!);
        var (crs, crsError) = ParseCrs(parameters["CRS"]);
        if ((styleError ?? crsError) is { } early)
        {
            return (null, early);
        }

        var (extent, bboxError) = ParseBbox(parameters["BBOX"], crs!);
        var (width, widthError) = ParseSize(parameters["WIDTH"], "WIDTH");
        var (height, heightError) = ParseSize(parameters["HEIGHT"], "HEIGHT");
        var (transparent, transparentError) = ParseTransparent(parameters["TRANSPARENT"]);
        var (background, backgroundError) = ParseBackground(parameters["BGCOLOR"]);
        var (language, languageError) = ParseLanguage(parameters["LANGUAGE"]);
        var (scenario, yearError) = ParseYear(parameters["YEAR"]);
        error = bboxError ?? widthError ?? heightError ?? transparentError ?? backgroundError ?? languageError ?? yearError;
        if (error is not null)
        {
            return (null, error);
        }

        var viewport = new MapViewport(crs!, extent!, width, height) { Transparent = transparent, Background = background };
        return (new MapRequest(layers.Expand(names!), viewport, language, scenario), null);
    }

    /// <summary>MissingParameterValue without VERSION, VersionNegotiationFailed for any but 1.3.0.</summary>
    public static WmsError? CheckVersion(WmsParameters parameters) => parameters["VERSION"] switch
    {
        null or "" => WmsError.Missing("VERSION", WmsXml.Version),
        WmsXml.Version => null,
        var other => new WmsError(
            WmsExceptionCode.VersionNegotiationFailed, $"VERSION {other} is not served; this service speaks WMS {WmsXml.Version} only", "VERSION"),
    };

    private static WmsError? CheckFormat(string? format) => format switch
    {
        null or "" => WmsError.Missing("FORMAT", Format),
        _ when format.Equals(Format, StringComparison.OrdinalIgnoreCase) => null,
        _ => new WmsError(WmsExceptionCode.InvalidFormat, $"FORMAT {format} is not offered; maps are {Format}", "FORMAT"),
    };

    // STYLES may be left empty (every layer in its default style) or name one style per layer.
    private static WmsError? CheckStyles(string? styles, IReadOnlyList<string> layers)
    {
        if (string.IsNullOrEmpty(styles))
        {
            return null;
        }

        var names = styles.Split(',').Select(s => s.Trim()).ToList();
        if (names.Count != layers.Count)
        {
            return WmsError.Invalid("STYLES", $"STYLES names {names.Count} style(s) for {layers.Count} layer(s); give one per layer, or leave STYLES empty");
        }

        var unknown = names.FirstOrDefault(s => s.Length > 0 && !s.Equals(DefaultStyle, StringComparison.OrdinalIgnoreCase));
        return unknown is null
            ? null
            : new WmsError(WmsExceptionCode.StyleNotDefined, $"style '{unknown}' is not defined; every layer has the style '{DefaultStyle}'", "STYLES");
    }

    private static (CrsDefinition?, WmsError?) ParseCrs(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return (null, WmsError.Missing("CRS", Offered()));
        }

        return CrsRegistry.TryFind(code, out var crs) && CrsRegistry.All.Contains(crs)
            ? (crs, null)
            : (null, new WmsError(WmsExceptionCode.InvalidCrs, $"CRS {code} is not offered; offered: {Offered()}", "CRS"));
    }

    private static string Offered() => string.Join(" ", CrsRegistry.All.Select(CrsAxes.WmsCode));

    private static (Envelope?, WmsError?) ParseBbox(string? text, CrsDefinition crs)
    {
        var order = CrsAxes.BoxOrder(crs);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, WmsError.Missing("BBOX", $"{order} in {CrsAxes.WmsCode(crs)}"));
        }

        if (!CommaNumbers.TryParse(text, 4, out var numbers))
        {
            return (null, WmsError.Invalid("BBOX", $"BBOX must be four numbers {order} in {CrsAxes.WmsCode(crs)}; got '{text}'"));
        }

        var (minX, minY, maxX, maxY) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        if (minX >= maxX || minY >= maxY)
        {
            return (null, WmsError.Invalid("BBOX", $"BBOX minimum must be less than maximum on both axes ({order}); got '{text}'"));
        }

        if (DrawableExtent.Between(minX, maxX, minY, maxY) is not { } extent)
        {
            return (null, WmsError.Invalid("BBOX", $"BBOX is wider than a map can be drawn; got '{text}'"));
        }

        if (CrsAxes.IsGeographic(crs))
        {
            var eastNorth = CrsAxes.ToEastNorth(extent, crs);
            if (eastNorth.MinY < -90 || eastNorth.MaxY > 90 || eastNorth.MinX < -360 || eastNorth.MaxX > 360)
            {
                var hint = crs.LatitudeFirst ? $"; WMS 1.3.0 puts latitude first in {crs.Code}" : "";
                return (null, WmsError.Invalid("BBOX", $"BBOX must be {order} with latitudes within -90..90{hint}; got '{text}'"));
            }
        }

        return (extent, null);
    }

    private static (int, WmsError?) ParseSize(string? text, string parameter)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (0, WmsError.Missing(parameter, $"the map's {parameter.ToLowerInvariant()} in pixels, 1 to {MapViewport.MaxSize}"));
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size >= 1 && size <= MapViewport.MaxSize
            ? (size, null)
            : (0, WmsError.Invalid(parameter, $"{parameter} must be a whole number of pixels from 1 to {MapViewport.MaxSize}; got '{text}'"));
    }

    private static (bool, WmsError?) ParseTransparent(string? text) => text switch
    {
        null or "" => (false, null),
        _ when text.Equals("TRUE", StringComparison.OrdinalIgnoreCase) => (true, null),
        _ when text.Equals("FALSE", StringComparison.OrdinalIgnoreCase) => (false, null),
        _ => (false, WmsError.Invalid("TRANSPARENT", $"TRANSPARENT must be TRUE or FALSE; got '{text}'")),
    };

    private static (StyleColor, WmsError?) ParseBackground(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (StyleColor.White, null);
        }

        return StyleColor.TryParse(text, out var color)
            ? (color, null)
            : (StyleColor.White, WmsError.Invalid("BGCOLOR", $"BGCOLOR must be a colour 0xRRGGBB; got '{text}'"));
    }

    private static (MapLanguage, WmsError?) ParseLanguage(string? text) =>
        MapLanguageParameter.TryParse(text, out var language)
            ? (language, null)
            : (language, WmsError.Invalid("LANGUAGE", $"LANGUAGE must be {MapLanguageParameter.Allowed}; got '{text}'"));

    private static (ScenarioYear?, WmsError?) ParseYear(string? text)
    {
        if (text is null)
        {
            return (null, null);
        }

        return ScenarioYearParameter.TryParse(text, out var year, out var error) ? (year, null) : (null, WmsError.Invalid("YEAR", error));
    }
}
