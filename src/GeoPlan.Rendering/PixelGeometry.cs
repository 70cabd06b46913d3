using NetTopologySuite.Geometries;

namespace GeoPlan.Rendering;

/// <summary>Geometry in a viewport's pixels, clipped where it reaches so far out that single-precision drawing would blur it.</summary>
internal static class PixelGeometry
{
    // Skia draws in single precision: coordinates within a few screen sizes stay exact, farther ones are clipped first.
    private const double ExactReach = 8;
    private const double ClipMargin = 64;

    /// <summary><paramref name="lonLat"/> copied into pixels, clipped when it reaches far past the view; empty when it misses it.</summary>
    public static Geometry Project(Geometry lonLat, PixelProjection projection, Envelope view)
    {
        var pixels = lonLat.Copy();
        pixels.Apply(new ToPixels(projection));
        pixels.GeometryChanged();
        var bounds = pixels.EnvelopeInternal;
        var clip = new Envelope(view);
        clip.ExpandBy(ClipMargin);
        if (!clip.Intersects(bounds))
        {
            return pixels.Factory.CreateGeometryCollection();
        }

        var exact = new Envelope(view);
        exact.ExpandBy(view.Width * ExactReach, view.Height * ExactReach);
        if (exact.Contains(bounds) || pixels is Point or MultiPoint)
        {
            return pixels;
        }

        try
        {
            return pixels.Intersection(pixels.Factory.ToGeometry(clip));
        }
        catch (TopologyException)
        {
            // Invalid input cannot be clipped; drawing it unclipped is still better than not at all.
            return pixels;
        }
    }

    private sealed class ToPixels(PixelProjection projection) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = projection.ToPixel(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
