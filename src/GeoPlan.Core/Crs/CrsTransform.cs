using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace GeoPlan.Core.Crs;

/// <summary>Transforms geometries between two registered CRSs, honouring each one's axis order.</summary>
public sealed class CrsTransform
{
    private static readonly CoordinateTransformationFactory Factory = new();

    private readonly CrsDefinition _source;
    private readonly CrsDefinition _target;
    private readonly MathTransform? _unproject;
    private readonly MathTransform? _project;
    private readonly LonLatOffset? _removeOffset;
    private readonly LonLatOffset? _addOffset;

    /// <summary>Prepares a transform from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <remarks>
    /// The path always runs through longitude/latitude without a datum shift: WGS 84 and CGCS2000 agree to a few
    /// centimetres, and a shift through geocentric coordinates would add more error (about 1 cm) than it removes.
    /// GCJ-02 and BD-09 take their offset off (to about 0.1 mm, see <see cref="LonLatOffset"/>) or put it on in WGS 84
    /// longitude/latitude; between two CRSs with the same offset it is left alone.
    /// </remarks>
    public CrsTransform(CrsDefinition source, CrsDefinition target)
    {
        _source = source;
        _target = target;
        _unproject = source.System is ProjectedCoordinateSystem from
            ? Factory.CreateFromCoordinateSystems(from, from.GeographicCoordinateSystem).MathTransform
            : null;
        _project = target.System is ProjectedCoordinateSystem to
            ? Factory.CreateFromCoordinateSystems(to.GeographicCoordinateSystem, to).MathTransform
            : null;
        if (source.Offset != target.Offset)
        {
            _removeOffset = source.Offset;
            _addOffset = target.Offset;
        }
    }

    /// <summary>A transformed copy of <paramref name="geometry"/>; the input is not changed.</summary>
    public Geometry Apply(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.Apply(new SequenceFilter(this));
        copy.GeometryChanged();
        copy.SRID = _target.Srid;
        return copy;
    }

    /// <summary>Transforms one coordinate pair given in the source CRS's axis order.</summary>
    public (double X, double Y) Apply(double x, double y)
    {
        if (_source.LatitudeFirst)
        {
            (x, y) = (y, x);
        }

        if (_unproject is not null)
        {
            (x, y) = _unproject.Transform(x, y);
        }

        if (_removeOffset is not null)
        {
            (x, y) = _removeOffset.ToWgs84(x, y);
        }

        if (_addOffset is not null)
        {
            (x, y) = _addOffset.FromWgs84(x, y);
        }

        if (_project is not null)
        {
            (x, y) = _project.Transform(x, y);
        }

        return _target.LatitudeFirst ? (y, x) : (x, y);
    }

    private sealed class SequenceFilter(CrsTransform owner) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = owner.Apply(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
