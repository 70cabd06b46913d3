using SkiaSharp;

namespace GeoPlan.Rendering;

/// <summary>Makes the raster surfaces maps and legends are drawn on, and encodes them as PNG.</summary>
internal static class PngImage
{
    // Maps are flat colour: the Sub filter at zlib level 3 encodes a 4096² map several times faster than
    // Skia's default (every filter, level 6) for files about a fifth larger.
    private static readonly SKPngEncoderOptions Options = new(SKPngEncoderFilterFlags.Sub, 3);

    /// <summary>What the surface holds, as PNG bytes.</summary>
    public static byte[] Encode(SKSurface surface)
    {
        using var pixels = surface.PeekPixels();
        using var data = pixels.Encode(Options) ?? throw new InvalidOperationException("Skia could not encode the image as PNG");
        return data.ToArray();
    }

    /// <summary>A surface of the given size: opaque, or transparent wherever nothing is drawn.</summary>
    public static SKSurface Surface(int width, int height, bool transparent) =>
        SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, transparent ? SKAlphaType.Premul : SKAlphaType.Opaque))
        ?? throw new InvalidOperationException($"Skia could not make a {width}×{height} surface");
}
