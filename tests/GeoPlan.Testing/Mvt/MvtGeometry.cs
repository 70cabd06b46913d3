namespace GeoPlan.Testing.Mvt;

/// <summary>A feature's geometry decoded from its command stream: points, lines or open polygon rings.</summary>
/// <param name="Type">Point, line or polygon.</param>
/// <param name="Parts">One part holding every point; one part per line; or one part per ring, without its closing point.</param>
public sealed record MvtGeometry(MvtGeometryType Type, IReadOnlyList<IReadOnlyList<MvtPoint>> Parts)
{
    private const uint MoveTo = 1;
    private const uint LineTo = 2;
    private const uint ClosePath = 7;

    /// <summary>Twice the surveyor's-formula area of a ring in tile coordinates (y down): positive for exterior rings.</summary>
    public static long DoubleSignedArea(IReadOnlyList<MvtPoint> ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var sum = 0L;
        for (var i = 0; i < ring.Count; i++)
        {
            var a = ring[i];
            var b = ring[(i + 1) % ring.Count];
            sum += (a.X * b.Y) - (b.X * a.Y);
        }

        return sum;
    }

    /// <summary>The rings grouped into polygons by winding: each exterior ring with the interior rings after it.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<MvtPoint>>> Polygons()
    {
        if (Type != MvtGeometryType.Polygon)
        {
            throw new InvalidOperationException($"a {Type} geometry has no polygons");
        }

        var polygons = new List<List<IReadOnlyList<MvtPoint>>>();
        foreach (var ring in Parts)
        {
            var area = DoubleSignedArea(ring);
            if (area > 0)
            {
                polygons.Add([ring]);
            }
            else if (area < 0 && polygons.Count > 0)
            {
                polygons[^1].Add(ring);
            }
            else
            {
                throw new FormatException(area == 0 ? "a ring without area" : "an interior ring before any exterior ring");
            }
        }

        return polygons;
    }

    /// <summary>Interprets a command stream as the specification's section 4.3 says, refusing anything it forbids.</summary>
    public static MvtGeometry Decode(MvtGeometryType type, IReadOnlyList<uint> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var parts = new List<IReadOnlyList<MvtPoint>>();
        long x = 0, y = 0;
        var at = 0;

        (uint Id, uint Count) Next()
        {
            if (at >= commands.Count)
            {
                throw new FormatException("the geometry ends where a command should follow");
            }

            var command = commands[at++];
            return (command & 7, command >> 3);
        }

        MvtPoint Move(ref long cx, ref long cy)
        {
            cx += Zigzag(commands[at++]);
            cy += Zigzag(commands[at++]);
            return new MvtPoint(cx, cy);
        }

        void Require(uint count, uint parameters, string command)
        {
            if ((ulong)count * parameters > (ulong)(commands.Count - at))
            {
                var needed = count * (ulong)parameters;
                throw new FormatException($"{command} with count {count} needs {needed} parameters but {commands.Count - at} remain");
            }
        }

        switch (type)
        {
            case MvtGeometryType.Point:
                {
                    var (id, count) = Next();
                    if (id != MoveTo || count == 0)
                    {
                        throw new FormatException($"a point geometry must be one MoveTo with a count above 0, not command {id} x{count}");
                    }

                    Require(count, 2, "MoveTo");
                    var points = new List<MvtPoint>((int)count);
                    for (var i = 0; i < count; i++)
                    {
                        points.Add(Move(ref x, ref y));
                    }

                    parts.Add(points);
                    break;
                }

            case MvtGeometryType.LineString:
            case MvtGeometryType.Polygon:
                var polygon = type == MvtGeometryType.Polygon;
                do
                {
                    var (moveId, moveCount) = Next();
                    if (moveId != MoveTo || moveCount != 1)
                    {
                        throw new FormatException($"a line or ring must start with MoveTo x1, not command {moveId} x{moveCount}");
                    }

                    Require(1, 2, "MoveTo");
                    var part = new List<MvtPoint> { Move(ref x, ref y) };
                    var (lineId, lineCount) = Next();
                    if (lineId != LineTo || lineCount < (polygon ? 2u : 1u))
                    {
                        var least = polygon ? 2 : 1;
                        throw new FormatException($"expected LineTo with a count of at least {least}, not command {lineId} x{lineCount}");
                    }

                    Require(lineCount, 2, "LineTo");
                    for (var i = 0; i < lineCount; i++)
                    {
                        var previous = part[^1];
                        var next = Move(ref x, ref y);
                        if (next == previous)
                        {
                            throw new FormatException("a LineTo with both deltas 0");
                        }

                        part.Add(next);
                    }

                    if (polygon)
                    {
                        if (at >= commands.Count || commands[at] != (ClosePath | (1 << 3)))
                        {
                            throw new FormatException("a ring must end with ClosePath x1");
                        }

                        at++;
                        if (part[^1] == part[0])
                        {
                            throw new FormatException("a ring repeats its first point before ClosePath");
                        }
                    }

                    parts.Add(part);
                }
                while (at < commands.Count);

                break;

            default:
                throw new FormatException($"geometry type {type} has no defined encoding");
        }

        if (at != commands.Count)
        {
            throw new FormatException($"{commands.Count - at} command integers left over after the geometry");
        }

        return new MvtGeometry(type, parts);
    }

    private static long Zigzag(uint value) => (long)(value >> 1) ^ -(long)(value & 1);
}
