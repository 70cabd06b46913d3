using System.Globalization;
using System.Text.RegularExpressions;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Storage;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Maps;

/// <summary>Which part of the world a map shows, as asked by <c>bbox</c>, <c>subset</c> or <c>center</c>, in the output CRS with X east.</summary>
/// <param name="Extent">The extent, when bbox or subset gave one.</param>
/// <param name="Centre">The centre, when center gave one.</param>
internal sealed partial record MapsArea(Envelope? Extent, Coordinate? Centre)
{
    private static readonly string[] AreaParameters = ["bbox", "subset", "center"];

    /// <summary>Reads whichever of bbox, subset and center is given (at most one), in <paramref name="output"/>;
    /// <paramref name="defaultLonLat"/> fills subset's open ends.</summary>
    public static (MapsArea? Area, string? Parameter, string? Error) Parse(IQueryCollection query, CrsDefinition output, Envelope defaultLonLat)
    {
        var given = AreaParameters.Where(query.ContainsKey).ToList();
        if (given.Count > 1)
        {
            return (null, given[1], $"{given[0]} and {given[1]} both say which area to show; give one of bbox, subset and center");
        }

        var name = given.FirstOrDefault();
        if (name is null)
        {
            return (new MapsArea(null, null), null, null);
        }

        var crsParameter = $"{name}-crs";
        var inputCrs = CrsRegistry.Crs84;
        if (query.TryGetValue(crsParameter, out var crsText) && !MapsCrsParameter.TryParse(crsText.ToString(), out inputCrs))
        {
            return (null, crsParameter, $"'{crsText}' is not an offered CRS; allowed: {MapsCrsParameter.Allowed}");
        }

        var text = string.Join(",", query[name].ToArray());
        var (inInputCrs, error) = name switch
        {
            "bbox" => ParseBbox(text, inputCrs),
            "subset" => ParseSubset(text, inputCrs, defaultLonLat),
            _ => ParseCentre(text, inputCrs),
        };
        if (error is not null)
        {
            return (null, name, error);
        }

        var inOutput = CrsAxes.ToEastNorth(EnvelopeTransform.Apply(inInputCrs!, inputCrs, output), output);
        if (inOutput.IsNull || (name != "center" && !DrawableExtent.Is(inOutput)))
        {
            return (null, name, $"{name} lies where {output.Code} cannot draw it");
        }

        return name == "center" ? (new MapsArea(null, inOutput.Centre), null, null) : (new MapsArea(inOutput, null), null, null);
    }

    // The envelope is in the CRS's own axis order, as the four numbers are.
    private static (Envelope?, string?) ParseBbox(string text, CrsDefinition crs)
    {
        var order = CrsAxes.BoxOrder(crs);
        if (!CommaNumbers.TryParse(text, 4, out var n))
        {
            return (null, $"bbox must be four numbers {order} in {crs.Code}; got '{text}'");
        }

        if (n[0] >= n[2] || n[1] >= n[3])
        {
            return (null, $"bbox must be {order} with each minimum below its maximum; got '{text}'");
        }

        return DrawableExtent.Between(n[0], n[2], n[1], n[3]) is not { } extent ? (null, $"bbox is wider than a map can be drawn; got '{text}'")
            : CheckGeographic(extent, crs) is { } error ? (null, error)
            : (extent, null);
    }

    private static (Envelope?, string?) ParseCentre(string text, CrsDefinition crs)
    {
        var order = crs.LatitudeFirst ? "lat,lon" : CrsAxes.IsGeographic(crs) ? "lon,lat" : "x,y";
        if (!CommaNumbers.TryParse(text, 2, out var n))
        {
            return (null, $"center must be two numbers {order} in {crs.Code}; got '{text}'");
        }

        var point = new Envelope(n[0], n[0], n[1], n[1]);
        return CheckGeographic(point, crs) is { } error ? (null, error) : (point, null);
    }

    // subset=Lon(123.3:123.5),Lat(41.7:41.9), or x(..)/y(..) for a projected subset-crs; * leaves an end at the layer's extent.
    private static (Envelope?, string?) ParseSubset(string text, CrsDefinition crs, Envelope defaultLonLat)
    {
        var geographic = CrsAxes.IsGeographic(crs);
        var (eastAxis, northAxis) = geographic ? ("Lon", "Lat") : ("x", "y");
        var defaults = CrsAxes.ToEastNorth(EnvelopeTransform.Apply(defaultLonLat, CrsRegistry.Crs84, crs), crs);
        var (minEast, maxEast, minNorth, maxNorth) = (defaults.MinX, defaults.MaxX, defaults.MinY, defaults.MaxY);
        var items = text.Split("),").Select(i => i.EndsWith(')') ? i : i + ")").ToList();
        foreach (var item in items)
        {
            var match = SubsetItem().Match(item.Trim());
            if (!match.Success)
            {
                return (null, $"subset must read {eastAxis}(low:high),{northAxis}(low:high) with numbers or *; got '{text}'");
            }

            var axis = match.Groups["axis"].Value;
            var isEast = axis.Equals(eastAxis, StringComparison.OrdinalIgnoreCase);
            if (!isEast && !axis.Equals(northAxis, StringComparison.OrdinalIgnoreCase))
            {
                return (null, $"axis '{axis}' is not an axis of {crs.Code}; use {eastAxis} and {northAxis}");
            }

            var low = Bound(match.Groups["low"].Value, isEast ? minEast : minNorth);
            var high = Bound(match.Groups["high"].Value, isEast ? maxEast : maxNorth);
            if (low is null || high is null || low >= high)
            {
                return (null, $"{axis}({match.Groups["low"].Value}:{match.Groups["high"].Value}) must be two numbers (or *), low below high");
            }

            (minEast, maxEast, minNorth, maxNorth) = isEast ? (low.Value, high.Value, minNorth, maxNorth) : (minEast, maxEast, low.Value, high.Value);
        }

        if (DrawableExtent.Between(minEast, maxEast, minNorth, maxNorth) is not { } eastNorth)
        {
            return (null, $"subset is wider than a map can be drawn; got '{text}'");
        }

        var extent = CrsAxes.FromEastNorth(eastNorth, crs);
        return CheckGeographic(extent, crs) is { } error ? (null, error) : (extent, null);
    }

    private static double? Bound(string text, double open) =>
        text.Trim() == "*" ? open
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : null;

    private static string? CheckGeographic(Envelope inCrsOrder, CrsDefinition crs)
    {
        if (!CrsAxes.IsGeographic(crs))
        {
            return null;
        }

        var lonLat = CrsAxes.ToEastNorth(inCrsOrder, crs);
        return BoundingBox.TryCreate(lonLat.MinX, lonLat.MinY, lonLat.MaxX, lonLat.MaxY, out _, out var error)
            ? null
            : $"{error} ({crs.Code} takes {CrsAxes.BoxOrder(crs)})";
    }

    [GeneratedRegex(@"^(?<axis>[A-Za-z]+)\((?<low>[^:()]*):(?<high>[^:()]*)\)$")]
    private static partial Regex SubsetItem();
}
