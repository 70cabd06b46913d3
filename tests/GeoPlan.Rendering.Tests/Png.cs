using GeoPlan.Core.Styling;
using SkiaSharp;

namespace GeoPlan.Rendering.Tests;

/// <summary>Reads rendered PNGs back and compares their pixels with the colours the style says they should have.</summary>
internal static class Png
{
    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidDataException("not a PNG");

    /// <summary>The colour a symbol of <paramref name="opacity"/> leaves over an opaque background, with Skia's 8-bit alpha.</summary>
    public static SKColor Blend(StyleColor color, double opacity, StyleColor background)
    {
        var alpha = Math.Round(opacity * 255) / 255;
        byte Mix(byte over, byte under) => (byte)Math.Round((over * alpha) + (under * (1 - alpha)));
        return new SKColor(Mix(color.R, background.R), Mix(color.G, background.G), Mix(color.B, background.B));
    }

    public static SKColor Opaque(StyleColor color) => new(color.R, color.G, color.B);

    /// <summary>The largest difference of any colour channel.</summary>
    public static int Distance(SKColor a, SKColor b) =>
        Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue)));

    public static void AssertColor(SKColor expected, SKColor actual, int tolerance = 2) =>
        Assert.True(Distance(expected, actual) <= tolerance, $"expected {expected} but the pixel is {actual}");
}
