using GeoPlan.Core.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>A covered area made ready for many unit measurements: its polygons without overlaps, their boundary slabbed once.</summary>
internal sealed class PreparedCoverage
{
    private PreparedCoverage(Geometry area, SlabGrid grid)
    {
        Area = area;
        Envelope = area.EnvelopeInternal;
        Grid = grid;
        Boundary = SlabbedBoundary.Of(area, grid);
    }

    /// <summary>The covered area, without overlapping parts.</summary>
    public Geometry Area { get; }

    /// <summary>Its bounding box.</summary>
    public Envelope Envelope { get; }

    /// <summary>The slabs its boundary is sorted into, those of the units.</summary>
    public SlabGrid Grid { get; }

    /// <summary>Its boundary on <see cref="Grid"/>.</summary>
    public SlabbedBoundary Boundary { get; }

    /// <summary>True when nothing is covered.</summary>
    public bool IsEmpty => Area.IsEmpty;

    /// <summary>The polygons of <paramref name="coveredMetres"/> on <paramref name="grid"/>; a collection's are dissolved first.</summary>
    /// <remarks>A Polygon or MultiPolygon is taken as valid (an isochrone is valid by contract) and is not checked again.</remarks>
    public static PreparedCoverage From(Geometry coveredMetres, int metricSrid, SlabGrid grid)
    {
        ArgumentNullException.ThrowIfNull(coveredMetres);
        if (coveredMetres.SRID != 0 && coveredMetres.SRID != metricSrid)
        {
            throw new ArgumentException(
                $"the covered area is in EPSG:{coveredMetres.SRID}; give it in metres, EPSG:{metricSrid} (CGCS2000 / 3-degree GK CM 123E)",
                nameof(coveredMetres));
        }

        return new PreparedCoverage(coveredMetres is Polygon or MultiPolygon ? coveredMetres : Dissolved(coveredMetres), grid);
    }

    // Parts of a collection may overlap (nested isochrones, a union of several reaches); the union counts each place once. It is
    // the slow path, so its parts are checked first: a union of invalid polygons is not the area anybody meant.
    private static Geometry Dissolved(Geometry coveredMetres)
    {
        var polygons = PolygonExtracter.GetPolygons(coveredMetres).Where(p => !p.IsEmpty).ToList();
        foreach (var polygon in polygons)
        {
            var error = GeometryValidity.FindError(polygon);
            if (error is not null)
            {
                throw new ArgumentException(
                    $"the covered area has an invalid polygon: {error.Message} "
                    + $"at ({error.Coordinate?.X:0.###}, {error.Coordinate?.Y:0.###}); "
                    + "repair it (for example with a zero-width buffer) before measuring coverage",
                    nameof(coveredMetres));
            }
        }

        return polygons.Count switch
        {
            0 => coveredMetres.Factory.CreatePolygon(),
            1 => polygons[0],
            _ => OverlayNGRobust.Union(coveredMetres.Factory.BuildGeometry(polygons)),
        };
    }
}
