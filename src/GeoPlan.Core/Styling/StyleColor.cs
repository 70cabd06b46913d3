using System.Globalization;

namespace GeoPlan.Core.Styling;

/// <summary>An opaque sRGB colour; how opaque a symbol is lives beside it in the style, as in MapLibre.</summary>
/// <param name="R">Red, 0-255.</param>
/// <param name="G">Green, 0-255.</param>
/// <param name="B">Blue, 0-255.</param>
public readonly record struct StyleColor(byte R, byte G, byte B)
{
    /// <summary>White, the fill of hollow circles and the default map background.</summary>
    public static StyleColor White { get; } = new(255, 255, 255);

    /// <summary>Parses <c>#rrggbb</c>, <c>rrggbb</c> or <c>0xRRGGBB</c> (the WMS BGCOLOR form); false for anything else.</summary>
    public static bool TryParse(string? text, out StyleColor color)
    {
        color = default;
        var hex = (text ?? "").Trim();
        if (hex.StartsWith('#'))
        {
            hex = hex[1..];
        }
        else if (hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            hex = hex[2..];
        }

        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            return false;
        }

        color = new StyleColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        return true;
    }

    /// <summary>Parses a colour written in code or data as <c>#rrggbb</c>.</summary>
    /// <exception cref="FormatException">The text is not a colour.</exception>
    public static StyleColor FromHex(string hex) =>
        TryParse(hex, out var color) ? color : throw new FormatException($"'{hex}' is not a colour of the form #rrggbb");

    /// <summary>The colour as MapLibre and CSS write it: <c>#rrggbb</c>, lower case.</summary>
    public string ToHex() => $"#{R:x2}{G:x2}{B:x2}";

    /// <inheritdoc />
    public override string ToString() => ToHex();
}
