using GeoPlan.Core.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>A covered area made ready for many unit tests: its polygons dissolved into one valid geometry, indexed once.</summary>
internal sealed class PreparedCoverage
{
    private PreparedCoverage(Geometry area)
    {
        Area = area;
        Envelope = area.EnvelopeInternal;
        SquareMetres = area.Area;
        Prepared = PreparedGeometryFactory.Prepare(area);
    }

    /// <summary>The covered area, valid and without overlapping parts.</summary>
    public Geometry Area { get; }

    /// <summary>Its bounding box.</summary>
    public Envelope Envelope { get; }

    /// <summary>Its area in m².</summary>
    public double SquareMetres { get; }

    /// <summary>The indexed form for covers and intersects tests.</summary>
    public IPreparedGeometry Prepared { get; }

    /// <summary>True when nothing is covered.</summary>
    public bool IsEmpty => Area.IsEmpty;

    /// <summary>The polygonal parts of <paramref name="coveredMetres"/>, dissolved when they overlap so that each place counts once.</summary>
    public static PreparedCoverage From(Geometry coveredMetres, int metricSrid)
    {
        ArgumentNullException.ThrowIfNull(coveredMetres);
        if (coveredMetres.SRID != 0 && coveredMetres.SRID != metricSrid)
        {
            throw new ArgumentException(
                $"the covered area is in EPSG:{coveredMetres.SRID}; give it in metres, EPSG:{metricSrid} (CGCS2000 / 3-degree GK CM 123E)",
                nameof(coveredMetres));
        }

        var polygons = PolygonExtracter.GetPolygons(coveredMetres).Where(p => !p.IsEmpty).ToList();
        foreach (var polygon in polygons)
        {
            var error = GeometryValidity.FindError(polygon);
            if (error is not null)
            {
                throw new ArgumentException(
                    $"the covered area has an invalid polygon: {error.Message} at ({error.Coordinate?.X:0.###}, {error.Coordinate?.Y:0.###}); "
                    + "repair it (for example with a zero-width buffer) before measuring coverage",
                    nameof(coveredMetres));
            }
        }

        var factory = coveredMetres.Factory;
        Geometry area = polygons.Count switch
        {
            0 => factory.CreatePolygon(),
            1 => polygons[0],
            // Parts of a collection may overlap (nested isochrones, a union of several reaches); dissolve so each place counts once.
            _ => OverlayNGRobust.Union(factory.BuildGeometry(polygons)),
        };
        return new PreparedCoverage(area);
    }
}
