using GeoPlan.Core.Styling;

namespace GeoPlan.Server.Maps;

/// <summary>Reads <c>bgcolor</c>: a hexadecimal colour (<c>0xRRGGBB</c>, <c>RRGGBB</c>, <c>#RRGGBB</c>) or one of the sixteen basic W3C colour names.</summary>
internal static class MapsBackground
{
    /// <summary>What the parameter accepts, for error messages.</summary>
    public const string Allowed = "a colour 0xRRGGBB or a basic colour name (white, black, silver, gray, red, maroon, yellow, olive, lime, green, aqua, teal, blue, navy, fuchsia, purple)";

    private static readonly Dictionary<string, StyleColor> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["white"] = new(255, 255, 255),
        ["silver"] = new(192, 192, 192),
        ["gray"] = new(128, 128, 128),
        ["black"] = new(0, 0, 0),
        ["red"] = new(255, 0, 0),
        ["maroon"] = new(128, 0, 0),
        ["yellow"] = new(255, 255, 0),
        ["olive"] = new(128, 128, 0),
        ["lime"] = new(0, 255, 0),
        ["green"] = new(0, 128, 0),
        ["aqua"] = new(0, 255, 255),
        ["teal"] = new(0, 128, 128),
        ["blue"] = new(0, 0, 255),
        ["navy"] = new(0, 0, 128),
        ["fuchsia"] = new(255, 0, 255),
        ["purple"] = new(128, 0, 128),
    };

    public static bool TryParse(string text, out StyleColor color) =>
        StyleColor.TryParse(text, out color) || Names.TryGetValue(text.Trim(), out color);
}
