using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>A population unit with what every measurement needs computed once: its area, bounding box and indexed polygon.</summary>
internal sealed class MeasuredUnit
{
    public MeasuredUnit(PopulationUnit unit)
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
        Prepared = PreparedGeometryFactory.Prepare(unit.Metres);
    }

    /// <summary>The unit measured.</summary>
    public PopulationUnit Unit { get; }

    /// <summary>Its area in m².</summary>
    public double SquareMetres { get; }

    /// <summary>Its bounding box.</summary>
    public Envelope Envelope { get; }

    /// <summary>Its indexed polygon.</summary>
    public IPreparedGeometry Prepared { get; }

    /// <summary>The area in m² of the part of this unit inside <paramref name="covered"/>.</summary>
    /// <remarks>The overlay, the only costly step, runs only where the covered area's boundary crosses the unit's.</remarks>
    public double CoveredSquareMetres(PreparedCoverage covered)
    {
        if (covered.IsEmpty || !covered.Envelope.Intersects(Envelope))
        {
            return 0;
        }

        if (covered.Envelope.Covers(Envelope) && covered.Prepared.Covers(Unit.Metres))
        {
            return SquareMetres;
        }

        if (!covered.Prepared.Intersects(Unit.Metres))
        {
            return 0;
        }

        if (Envelope.Covers(covered.Envelope) && Prepared.Covers(covered.Area))
        {
            return covered.SquareMetres;
        }

        // Clamped: the overlay's rounding must not report more than the whole unit.
        return Math.Min(SquareMetres, OverlayNGRobust.Overlay(covered.Area, Unit.Metres, SpatialFunction.Intersection).Area);
    }
}
