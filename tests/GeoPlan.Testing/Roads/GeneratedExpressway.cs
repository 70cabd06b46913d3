using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Testing.Roads;

/// <summary>Expressways between generated city grids, joining each grid at the edge junction facing the other city.</summary>
/// <remarks>Roughly the real links of the area (沈大, 沈抚, 沈铁, 沈本, 沈阜, 辽本, 抚铁); between their ends a vertex every 2 km,
/// shifted up to 300 m, so they are not straight. They cross no street at grade: passing a city is a bridge, not a junction.</remarks>
internal static class GeneratedExpressway
{
    private const double VertexSpacingMetres = 2_000;
    private const double ShiftMetres = 300;

    public static IReadOnlyList<(string From, string To)> Links { get; } =
    [
        ("shenyang", "liaoyang"), ("liaoyang", "anshan"), ("shenyang", "fushun"), ("shenyang", "tieling"),
        ("shenyang", "benxi"), ("shenyang", "fuxin"), ("liaoyang", "benxi"), ("fushun", "tieling"),
    ];

    /// <summary>The expressway from <paramref name="from"/>'s grid to <paramref name="to"/>'s.</summary>
    public static PlanFeature Between(
        GeneratedCity from, GeneratedStreetGrid fromGrid, GeneratedCity to, GeneratedStreetGrid toGrid, Random random)
    {
        var start = fromGrid.EdgeJunctionNearest(new Coordinate(to.Centre.Lon, to.Centre.Lat)).Copy();
        var end = toGrid.EdgeJunctionNearest(new Coordinate(from.Centre.Lon, from.Centre.Lat)).Copy();
        var local = new LocalMetres(start.X, start.Y);
        var (east, north) = local.To(end);
        var length = Math.Sqrt((east * east) + (north * north));
        var pieces = Math.Max(1, (int)Math.Round(length / VertexSpacingMetres));
        var coordinates = new Coordinate[pieces + 1];
        coordinates[0] = start;
        coordinates[pieces] = end;
        for (var k = 1; k < pieces; k++)
        {
            var along = (double)k / pieces;
            var shift = ((random.NextDouble() * 2) - 1) * ShiftMetres;
            // Shifted across the line (unit normal (-north, east) / length).
            coordinates[k] = local.At((along * east) - (shift * north / length), (along * north) + (shift * east / length));
        }

        return GeneratedRoad.Create(
            $"road-gen-expressway-{from.Id}-{to.Id}",
            $"{from.NameZh}—{to.NameZh}生成高速公路",
            $"Generated expressway {from.NameEn}–{to.NameEn}",
            RoadClass.Motorway,
            oneway: false,
            coordinates);
    }
}
