using System.Text.RegularExpressions;
using System.Xml;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Reading;

/// <summary>
/// Reads a KML geometry element (Point, LineString, LinearRing, Polygon, MultiGeometry) into a NetTopologySuite geometry in lon/lat,
/// altitudes dropped. Always reads to the element's end, so the placemark around it reads on whatever the geometry holds.
/// </summary>
internal sealed partial class KmlGeometryReader
{
    private const string OnePoint = "a Point has exactly one coordinate tuple";
    private readonly GeometryFactory _factory = new();
    private string? _problem;

    /// <summary>True when <paramref name="localName"/> names a KML geometry element.</summary>
    public static bool IsGeometry(string localName) =>
        localName is "Point" or "LineString" or "LinearRing" or "Polygon" or "MultiGeometry" or "Model" or "Track" or "MultiTrack";

    /// <summary>Reads the geometry element the reader is on, and moves past its end; null with the reason when it cannot be read.</summary>
    public (Geometry? Geometry, string? Problem) Read(XmlReader reader)
    {
        _problem = null;
        var geometry = Element(reader);
        return _problem is null ? (geometry, null) : (null, _problem);
    }

    private Geometry? Element(XmlReader reader)
    {
        var line = KmlXml.Line(reader);
        var name = reader.LocalName;
        switch (name)
        {
            case "Point":
                return Build(line, name, Coordinates(reader), c => c.Length == 1 ? _factory.CreatePoint(c[0]) : Fail(line, OnePoint));
            case "LineString":
                return Build(line, name, Coordinates(reader), c => _factory.CreateLineString(c));
            case "LinearRing":
                return Build(line, name, Coordinates(reader), c => _factory.CreateLinearRing(c));
            case "Polygon":
                return Polygon(reader, line);
            case "MultiGeometry":
                return Multi(reader, line);
            default:
                reader.Skip();
                return Fail(line, $"{name} geometries are not supported; export the layer as points, lines or polygons");
        }
    }

    private Geometry? Polygon(XmlReader reader, int line)
    {
        LinearRing? shell = null;
        var holes = new List<LinearRing>();
        var shells = 0;
        KmlXml.ForEachChild(reader, boundary =>
        {
            var outer = boundary.LocalName == "outerBoundaryIs";
            if (!outer && boundary.LocalName != "innerBoundaryIs")
            {
                boundary.Skip();
                return;
            }

            KmlXml.ForEachChild(boundary, ring =>
            {
                if (ring.LocalName != "LinearRing")
                {
                    ring.Skip();
                    return;
                }

                var read = Element(ring) as LinearRing;
                if (outer)
                {
                    shells++;
                    shell = read;
                }
                else if (read is not null)
                {
                    holes.Add(read);
                }
            });
        });
        if (_problem is not null)
        {
            return null;
        }

        return shells != 1 || shell is null
            ? Fail(line, "a Polygon has exactly one outerBoundaryIs holding a LinearRing")
            : _factory.CreatePolygon(shell, [.. holes]);
    }

    private Geometry? Multi(XmlReader reader, int line)
    {
        var parts = new List<Geometry>();
        KmlXml.ForEachChild(reader, child =>
        {
            if (!IsGeometry(child.LocalName))
            {
                child.Skip();
                return;
            }

            // A MultiGeometry inside a MultiGeometry means no more than its parts.
            var part = Element(child);
            if (part is GeometryCollection nested)
            {
                parts.AddRange(Enumerable.Range(0, nested.NumGeometries).Select(nested.GetGeometryN));
            }
            else if (part is not null)
            {
                parts.Add(part);
            }
        });
        if (_problem is not null)
        {
            return null;
        }

        if (parts.Count == 0)
        {
            return Fail(line, "the MultiGeometry holds no geometry");
        }

        return parts switch
        {
            _ when parts.All(p => p is Point) => _factory.CreateMultiPoint([.. parts.Cast<Point>()]),
            _ when parts.All(p => p is LineString) => _factory.CreateMultiLineString([.. parts.Cast<LineString>()]),
            _ when parts.All(p => p is Polygon) => _factory.CreateMultiPolygon([.. parts.Cast<Polygon>()]),
            _ => _factory.CreateGeometryCollection([.. parts]),
        };
    }

    // The coordinates of a Point, LineString or LinearRing; null (with the problem noted) when they cannot be read.
    private Coordinate[]? Coordinates(XmlReader reader)
    {
        Coordinate[]? coordinates = null;
        KmlXml.ForEachChild(reader, child =>
        {
            if (child.LocalName != "coordinates")
            {
                child.Skip();
                return;
            }

            var line = KmlXml.Line(child);
            coordinates = ParseCoordinates(KmlXml.ReadText(child), line);
        });
        return coordinates;
    }

    private Coordinate[]? ParseCoordinates(string text, int line)
    {
        // Tuples are lon,lat[,alt] separated by white space; some writers put a space after the commas, which still means one tuple.
        var tuples = TupleSeparator().Split(SpacedComma().Replace(text.Trim(), ","));
        var coordinates = new List<Coordinate>(tuples.Length);
        foreach (var tuple in tuples.Where(t => t.Length > 0))
        {
            var parts = tuple.Split(',');
            if (parts.Length is < 2 or > 3
                || !AttributeText.TryParseCoordinate(parts[0], out var lon)
                || !AttributeText.TryParseCoordinate(parts[1], out var lat)
                || (parts.Length == 3 && !AttributeText.TryParseCoordinate(parts[2], out _)))
            {
                Fail(line, $"'{tuple}' is not a coordinate tuple lon,lat[,alt]");
                return null;
            }

            coordinates.Add(new Coordinate(lon, lat));
        }

        if (coordinates.Count == 0)
        {
            Fail(line, "the coordinates element is empty");
            return null;
        }

        return [.. coordinates];
    }

    private Geometry? Build(int line, string name, Coordinate[]? coordinates, Func<Coordinate[], Geometry?> create)
    {
        if (coordinates is null)
        {
            return Fail(line, $"the {name} has no coordinates");
        }

        try
        {
            return create(coordinates);
        }
        catch (ArgumentException e)
        {
            return Fail(line, $"the {name} cannot be made from its {coordinates.Length} coordinates: {e.Message}");
        }
    }

    // Notes the first problem met; the geometry is then not read, but the element still is, to its end.
    private Geometry? Fail(int line, string problem)
    {
        _problem ??= $"line {line}: {problem}";
        return null;
    }

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex SpacedComma();

    [GeneratedRegex(@"\s+")]
    private static partial Regex TupleSeparator();
}
