using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Testing.Roads;

/// <summary>A city's street grid: <see cref="Side"/> × <see cref="Side"/> jittered junctions joined by east-west and north-south streets.</summary>
/// <remarks>
/// Every 10th street and the grid's edge are arterials (primary), every 5th otherwise a secondary road, the rest tertiary
/// streets of which about 15% are one way (either direction). Arterials stay two way, so every junction can be left and
/// reached. Each junction is one coordinate shared by the two streets crossing there.
/// </remarks>
internal sealed class GeneratedStreetGrid
{
    private const double OnewayShare = 0.15;

    // Junctions move up to a fifth of a block each way: streets bend but never cross between junctions.
    private const double Jitter = 0.2;

    private readonly Coordinate[,] _junctions;
    private readonly GeneratedCity _city;

    private GeneratedStreetGrid(GeneratedCity city, Coordinate[,] junctions)
    {
        _city = city;
        _junctions = junctions;
    }

    /// <summary>Junctions per side.</summary>
    public int Side => _junctions.GetLength(0);

    /// <summary>How many street segments (junction to junction) a grid of <paramref name="side"/> junctions a side has.</summary>
    public static long SegmentsOf(int side) => 2L * side * (side - 1);

    /// <summary>Lays the junctions of a grid <paramref name="widthMetres"/> wide, centred on the city centre.</summary>
    public static GeneratedStreetGrid Lay(GeneratedCity city, int side, double widthMetres, Random random)
    {
        var origin = new LocalMetres(city.Centre.Lon, city.Centre.Lat);
        var block = widthMetres / (side - 1);
        var junctions = new Coordinate[side, side];
        for (var row = 0; row < side; row++)
        {
            for (var column = 0; column < side; column++)
            {
                var east = (-widthMetres / 2) + (column * block) + (Offset(random) * block);
                var north = (-widthMetres / 2) + (row * block) + (Offset(random) * block);
                junctions[row, column] = origin.At(east, north);
            }
        }

        return new GeneratedStreetGrid(city, junctions);
    }

    /// <summary>The grid's streets: rows west to east, then columns south to north (one-way streets may run the other way).</summary>
    public IEnumerable<PlanFeature> Streets(Random random)
    {
        for (var row = 0; row < Side; row++)
        {
            yield return Street(random, row, "ew", "东西", "east-west", k => _junctions[row, k]);
        }

        for (var column = 0; column < Side; column++)
        {
            yield return Street(random, column, "ns", "南北", "north-south", k => _junctions[k, column]);
        }
    }

    /// <summary>The junction on the grid's edge nearest to <paramref name="point"/>, where an expressway joins the grid.</summary>
    public Coordinate EdgeJunctionNearest(Coordinate point)
    {
        var local = new LocalMetres(_city.Centre.Lon, _city.Centre.Lat);
        var (toEast, toNorth) = local.To(point);
        var last = Side - 1;
        var edge = Enumerable.Range(0, Side)
            .SelectMany(k => new[] { _junctions[0, k], _junctions[last, k], _junctions[k, 0], _junctions[k, last] });
        return edge.MinBy(junction =>
        {
            var (east, north) = local.To(junction);
            return Math.Pow(toEast - east, 2) + Math.Pow(toNorth - north, 2);
        })!;
    }

    private static double Offset(Random random) => ((random.NextDouble() * 2) - 1) * Jitter;

    private PlanFeature Street(Random random, int index, string axis, string axisZh, string axisEn, Func<int, Coordinate> junction)
    {
        var roadClass = index % 10 == 0 || index == Side - 1 ? RoadClass.Primary
            : index % 5 == 0 ? RoadClass.Secondary
            : RoadClass.Tertiary;
        var oneway = roadClass == RoadClass.Tertiary && random.NextDouble() < OnewayShare;
        var coordinates = Enumerable.Range(0, Side).Select(k => junction(k).Copy()).ToArray();
        if (oneway && random.Next(2) == 0)
        {
            Array.Reverse(coordinates);
        }

        return GeneratedRoad.Create(
            $"road-gen-{_city.Id}-{axis}-{index}",
            $"{_city.NameZh}生成{axisZh}向街道{index}",
            $"{_city.NameEn} generated {axisEn} street {index}",
            roadClass,
            oneway,
            coordinates);
    }
}
