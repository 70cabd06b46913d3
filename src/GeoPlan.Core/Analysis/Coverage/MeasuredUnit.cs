using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>A population unit with what every measurement needs computed once: its area, bounding box and slabbed boundary.</summary>
internal sealed class MeasuredUnit
{
    public MeasuredUnit(PopulationUnit unit, SlabGrid grid)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Metres is not (Polygon or MultiPolygon) || unit.Metres.IsEmpty || unit.Metres.Area <= 0)
        {
            throw new ArgumentException(
                $"{unit.Layer}/{unit.Id}: a population unit needs a polygon with an area, not {unit.Metres.GeometryType}"
                + (unit.Metres.IsEmpty ? " (empty)" : string.Empty),
                nameof(unit));
        }

        Unit = unit;
        SquareMetres = unit.Metres.Area;
        Envelope = unit.Metres.EnvelopeInternal;
        Boundary = SlabbedBoundary.Of(unit.Metres, grid);
    }

    /// <summary>The unit measured.</summary>
    public PopulationUnit Unit { get; }

    /// <summary>Its area in m².</summary>
    public double SquareMetres { get; }

    /// <summary>Its bounding box.</summary>
    public Envelope Envelope { get; }

    /// <summary>Its boundary on the calculator's slabs.</summary>
    public SlabbedBoundary Boundary { get; }

    /// <summary>The area in m² of the part of this unit inside <paramref name="covered"/>.</summary>
    public double CoveredSquareMetres(PreparedCoverage covered)
    {
        if (covered.IsEmpty || !covered.Envelope.Intersects(Envelope))
        {
            return 0;
        }

        // Clamped: rounding must not report less than nothing or more than the whole unit.
        return Math.Clamp(IntersectionArea.SquareMetres(Boundary, covered.Boundary, covered.Grid), 0, SquareMetres);
    }
}
