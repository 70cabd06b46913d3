using System.Globalization;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using GeoPlan.Rendering;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Maps;

/// <summary>Parses the query string of an OGC API - Maps map into a <see cref="MapRequest"/>, or a 400 naming the parameter.</summary>
internal static class MapsQueryParser
{
    /// <summary>Every parameter a map takes.</summary>
    public static readonly IReadOnlyList<string> Parameters =
    [
        "bbox", "bbox-crs", "subset", "subset-crs", "center", "center-crs", "crs", "width", "height",
        "scale-denominator", "mm-per-pixel", "transparent", "bgcolor", ScenarioYearParameter.Name, "lang", "f",
    ];

    private const double DefaultMillimetresPerPixel = 0.28;

    /// <summary>The request for <paramref name="layers"/> (drawing order), showing <paramref name="defaultLonLat"/> unless the query says otherwise.</summary>
    public static (MapRequest? Request, ProblemHttpResult? Problem) Parse(
        IQueryCollection query, IReadOnlyList<string> layers, Envelope defaultLonLat, PlanStyle style)
    {
        var repeated = query.FirstOrDefault(p => p.Value.Count > 1 && p.Key != "subset");
        if (repeated.Key is not null)
        {
            return Fail(repeated.Key, $"'{repeated.Key}' is given {repeated.Value.Count} times; give it once");
        }

        var unknown = query.Keys.FirstOrDefault(k => !Parameters.Contains(k));
        if (unknown is not null)
        {
            return Fail(unknown, $"'{unknown}' is not a map parameter; allowed: {string.Join(", ", Parameters)}");
        }

        if (query.TryGetValue("f", out var format) && format != "png" && format != PngResponse.MediaType)
        {
            return Fail("f", $"'{format}' is not a supported format; allowed: png");
        }

        var crs = CrsRegistry.Crs84;
        if (query.TryGetValue("crs", out var crsText) && !MapsCrsParameter.TryParse(crsText.ToString(), out crs))
        {
            return Fail("crs", $"'{crsText}' is not an offered CRS; allowed: {MapsCrsParameter.Allowed}");
        }

        if (!MapLanguageParameter.TryParse(query["lang"], out var language))
        {
            return Fail("lang", $"lang must be {MapLanguageParameter.Allowed}; got '{query["lang"]}'");
        }

        ScenarioYear? scenario = null;
        if (query.TryGetValue(ScenarioYearParameter.Name, out var yearText))
        {
            if (!ScenarioYearParameter.TryParse(yearText, out var year, out var yearError))
            {
                return Fail(ScenarioYearParameter.Name, yearError);
            }

            scenario = year;
        }

        var transparent = false;
        if (query.TryGetValue("transparent", out var transparentText) && !bool.TryParse(transparentText, out transparent))
        {
            return Fail("transparent", $"transparent must be true or false; got '{transparentText}'");
        }

        var background = style.Background;
        if (query.TryGetValue("bgcolor", out var backgroundText) && !MapsBackground.TryParse(backgroundText.ToString(), out background))
        {
            return Fail("bgcolor", $"bgcolor must be {MapsBackground.Allowed}; got '{backgroundText}'");
        }

        var (width, widthError) = Pixels(query, "width");
        var (height, heightError) = Pixels(query, "height");
        var (scale, scaleError) = Positive(query, "scale-denominator");
        var (millimetres, millimetresError) = Positive(query, "mm-per-pixel");
        if ((widthError ?? heightError ?? scaleError ?? millimetresError) is { } numberProblem)
        {
            return (null, numberProblem);
        }

        var (area, areaParameter, areaError) = MapsArea.Parse(query, crs, defaultLonLat);
        if (areaError is not null)
        {
            return Fail(areaParameter!, areaError);
        }

        var defaultExtent = CrsAxes.ToEastNorth(EnvelopeTransform.Apply(defaultLonLat, CrsRegistry.Crs84, crs), crs);
        if (!DrawableExtent.Is(defaultExtent))
        {
            return Fail("crs", $"the layers' extent cannot be drawn in {crs.Code}");
        }

        var (extent, w, h, frameParameter, frameError) = MapsFrame.Settle(
            area!, defaultExtent, crs, width, height, scale, (millimetres ?? DefaultMillimetresPerPixel) / 1000);
        if (frameError is not null)
        {
            return Fail(frameParameter!, frameError);
        }

        var viewport = new MapViewport(crs, CrsAxes.FromEastNorth(extent!, crs), w, h) { Transparent = transparent, Background = background };
        return (new MapRequest(layers, viewport, language, scenario), null);
    }

    private static (int?, ProblemHttpResult?) Pixels(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var text))
        {
            return (null, null);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels >= 1 && pixels <= MapViewport.MaxSize
            ? (pixels, null)
            : (null, ApiProblem.BadParameter(name, $"{name} must be a whole number of pixels from 1 to {MapViewport.MaxSize}; got '{text}'"));
    }

    private static (double?, ProblemHttpResult?) Positive(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var text))
        {
            return (null, null);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value > 0
            ? (value, null)
            : (null, ApiProblem.BadParameter(name, $"{name} must be a number above 0; got '{text}'"));
    }

    private static (MapRequest?, ProblemHttpResult?) Fail(string parameter, string detail) => (null, ApiProblem.BadParameter(parameter, detail));
}
