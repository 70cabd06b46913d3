using GeoPlan.Core.Crs;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Maps;

/// <summary>Transforms an envelope between CRSs by transforming points along its edges, so curved edges are covered too.</summary>
internal static class EnvelopeTransform
{
    private const int StepsPerEdge = 16;

    /// <summary>The envelope of <paramref name="source"/> (in <paramref name="from"/>'s axis order) in <paramref name="to"/>'s axis order;
    /// a null envelope when no point of it transforms to finite coordinates.</summary>
    public static Envelope Apply(Envelope source, CrsDefinition from, CrsDefinition to)
    {
        if (source.IsNull)
        {
            return new Envelope();
        }

        if (from == to)
        {
            return new Envelope(source);
        }

        var transform = new CrsTransform(from, to);
        var result = new Envelope();
        for (var i = 0; i <= StepsPerEdge; i++)
        {
            var x = source.MinX + (source.Width * i / StepsPerEdge);
            var y = source.MinY + (source.Height * i / StepsPerEdge);
            Include(result, transform, x, source.MinY);
            Include(result, transform, x, source.MaxY);
            Include(result, transform, source.MinX, y);
            Include(result, transform, source.MaxX, y);
        }

        return result;
    }

    private static void Include(Envelope result, CrsTransform transform, double x, double y)
    {
        try
        {
            var (tx, ty) = transform.Apply(x, y);
            if (double.IsFinite(tx) && double.IsFinite(ty))
            {
                result.ExpandToInclude(tx, ty);
            }
        }
        catch (ArgumentException)
        {
            // A point outside the projection's domain adds nothing; the points that transform still bound the rest.
        }
    }
}
