using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.GeoJson;

/// <summary>Reads a GeoJSON geometry object straight into a 2D NetTopologySuite geometry in WGS 84; a third ordinate is dropped.</summary>
/// <remarks>Members come in any order; a GeometryCollection comes back empty, as no layer holds one; bad coordinates throw a JsonException.</remarks>
public static class GeoJsonGeometryReader
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    // One list per thread gathers each array of positions, so the only array left behind is the exact-size one the geometry keeps.
    [ThreadStatic]
    private static List<Coordinate>? _positions;

    /// <summary>Reads the geometry object the reader is on, leaving the reader on its closing brace.</summary>
    public static Geometry Read(ref Utf8JsonReader reader)
    {
        string? type = null;
        Geometry? geometry = null;
        var coordinates = default(Utf8JsonReader);
        var coordinatesFirst = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            var isCoordinates = reader.ValueTextEquals("coordinates"u8);
            reader.Read();
            if (isType)
            {
                type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (isCoordinates && type is not null)
            {
                geometry = Create(type, ref reader);
            }
            else if (isCoordinates)
            {
                // Before "type", only the position is kept: the values are read once the type says how deep they nest.
                coordinates = reader;
                coordinatesFirst = true;
            }

            reader.Skip();
        }

        if (type == nameof(GeometryCollection))
        {
            return Wgs84.CreateGeometryCollection();
        }

        if (coordinatesFirst && geometry is null)
        {
            geometry = Create(type, ref coordinates);
        }

        return geometry ?? throw new JsonException(type is null ? "a geometry needs a string 'type'" : $"a {type} needs 'coordinates'");
    }

    // Reads the coordinates the reader is on as the given type, leaving the reader on their closing bracket.
    private static Geometry Create(string? type, ref Utf8JsonReader coordinates) => type switch
    {
        nameof(Point) => Wgs84.CreatePoint(Position(ref coordinates)),
        nameof(LineString) => LineString(ref coordinates),
        nameof(Polygon) => Polygon(ref coordinates),
        nameof(MultiPoint) => Wgs84.CreateMultiPointFromCoords(Positions(ref coordinates, nameof(MultiPoint), 1)),
        nameof(MultiLineString) => Wgs84.CreateMultiLineString(Many(ref coordinates, nameof(MultiLineString), "line", LineString)),
        nameof(MultiPolygon) => Wgs84.CreateMultiPolygon(Many(ref coordinates, nameof(MultiPolygon), "polygon", Polygon)),
        nameof(GeometryCollection) => Wgs84.CreateGeometryCollection(),
        null => throw new JsonException("a geometry needs a string 'type'"),
        _ => throw new JsonException($"'type' is '{type}'; allowed: Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon"),
    };

    private delegate T PartReader<out T>(ref Utf8JsonReader reader);

    private static LineString LineString(ref Utf8JsonReader reader) =>
        Wgs84.CreateLineString(Positions(ref reader, nameof(LineString), 2));

    // Most polygons have one ring: the holes get a list only when there are some.
    private static Polygon Polygon(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "a Polygon's coordinates must be an array");
        LinearRing? shell = null;
        List<LinearRing>? holes = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var ring = Ring(ref reader);
            if (shell is null)
            {
                shell = ring;
            }
            else
            {
                (holes ??= []).Add(ring);
            }
        }

        return shell is null
            ? throw new JsonException("a Polygon needs at least one ring")
            : Wgs84.CreatePolygon(shell, holes?.ToArray());
    }

    private static LinearRing Ring(ref Utf8JsonReader reader)
    {
        var positions = Positions(ref reader, "Polygon ring", 4);
        if (!positions[0].Equals2D(positions[^1]))
        {
            throw new JsonException($"a Polygon ring must be closed: its last position {positions[^1]} differs from its first {positions[0]}");
        }

        return Wgs84.CreateLinearRing(positions);
    }

    // An array of at least one part, each read by the given reader.
    private static T[] Many<T>(ref Utf8JsonReader reader, string what, string partName, PartReader<T> part)
    {
        Expect(ref reader, JsonTokenType.StartArray, $"a {what}'s coordinates must be an array");
        var parts = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            parts.Add(part(ref reader));
        }

        return parts.Count > 0 ? [.. parts] : throw new JsonException($"a {what} needs at least one {partName}");
    }

    private static Coordinate[] Positions(ref Utf8JsonReader reader, string what, int minimum)
    {
        Expect(ref reader, JsonTokenType.StartArray, $"a {what} must be an array of positions");
        var positions = _positions ??= [];
        positions.Clear();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            positions.Add(Position(ref reader));
        }

        return positions.Count >= minimum
            ? [.. positions]
            : throw new JsonException($"a {what} needs at least {minimum} position(s); found {positions.Count}");
    }

    private static Coordinate Position(ref Utf8JsonReader reader)
    {
        const string Allowed = "a position must be an array of 2 or more numbers, longitude first";
        Expect(ref reader, JsonTokenType.StartArray, Allowed);
        var x = Number(ref reader, Allowed);
        var y = Number(ref reader, Allowed);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new JsonException(Allowed);
            }
        }

        return new Coordinate(x, y);
    }

    private static double Number(ref Utf8JsonReader reader, string allowed)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw new JsonException(allowed);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string message)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException(message);
        }
    }
}
