namespace GeoPlan.Rendering.Glyphs;

/// <summary>Turns an antialiased coverage image into the signed distance field MapLibre's text shader reads.</summary>
/// <remarks>Distances are exact Euclidean distances to the nearest pixel on the other side of the outline, refined on edge pixels
/// by their coverage (a pixel half covered lies on the outline), as Mapbox's TinySDF does. Values are 192 − 32 × distance
/// in pixels, positive outside, clamped to 0–255: the outline at 192 (MapLibre's 0.75 cut-off), 255 from 2 px inside,
/// 0 from 6 px outside.</remarks>
internal static class SignedDistanceField
{
    /// <summary>The value on the outline.</summary>
    public const int Edge = 192;

    /// <summary>The distance in pixels that the 256 values span: they change by 256 / <see cref="Radius"/> = 32 per pixel.</summary>
    public const double Radius = 8;

    private const double ValuesPerPixel = 256 / Radius;

    /// <summary>The field of a <paramref name="width"/> × <paramref name="height"/> coverage image, 0 empty to 255 covered.</summary>
    public static byte[] FromCoverage(ReadOnlySpan<byte> coverage, int rowBytes, int width, int height)
    {
        var cells = width * height;
        var toInside = new double[cells];
        var toOutside = new double[cells];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width) + x;
                var alpha = coverage[(y * rowBytes) + x];
                if (alpha == 0)
                {
                    toInside[i] = EuclideanDistanceTransform.Far;
                    toOutside[i] = 0;
                }
                else if (alpha == 255)
                {
                    toInside[i] = 0;
                    toOutside[i] = EuclideanDistanceTransform.Far;
                }
                else
                {
                    // A pixel covered by a fraction a has its centre about 0.5 − a pixels outside the outline.
                    var offset = 0.5 - (alpha / 255.0);
                    toInside[i] = offset > 0 ? offset * offset : 0;
                    toOutside[i] = offset < 0 ? offset * offset : 0;
                }
            }
        }

        var transform = new EuclideanDistanceTransform(Math.Max(width, height));
        transform.Apply(toInside, width, height);
        transform.Apply(toOutside, width, height);

        var field = new byte[cells];
        for (var i = 0; i < cells; i++)
        {
            var distance = Math.Sqrt(toInside[i]) - Math.Sqrt(toOutside[i]);
            field[i] = (byte)Math.Clamp(Math.Round(Edge - (distance * ValuesPerPixel)), 0, 255);
        }

        return field;
    }
}
