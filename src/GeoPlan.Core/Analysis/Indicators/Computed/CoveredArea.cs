using GeoPlan.Core.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>The union of buffers around features, in EPSG:4550 metres: where buffers overlap the place counts once.</summary>
internal static class CoveredArea
{
    // 64 segments a quarter circle keep a buffer's area within 0.01 % of the true circle's.
    private const int QuadrantSegments = 64;

    private static readonly CrsTransform ToLonLat = new(CrsRegistry.Cgcs2000Gk123, CrsRegistry.Crs84);

    /// <summary>The union of each geometry (in metres) buffered by its radius in metres; an empty polygon when there is none.</summary>
    public static Geometry Union(IReadOnlyList<(Geometry Metres, double RadiusMetres)> buffered, GeometryFactory factory)
    {
        if (buffered.Count == 0)
        {
            return factory.CreatePolygon();
        }

        return UnaryUnionOp.Union(buffered.Select(b => b.Metres.Buffer(b.RadiusMetres, QuadrantSegments)).ToList());
    }

    /// <summary>The covered area in WGS 84 for the map.</summary>
    public static Geometry InLonLat(Geometry metres) => ToLonLat.Apply(metres);
}
