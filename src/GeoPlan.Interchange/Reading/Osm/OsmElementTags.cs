using System.Globalization;
using OsmSharp;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>Reads tag values of an OSM element; a missing or blank tag is null.</summary>
internal static class OsmElementTags
{
    public static string? Tag(this OsmGeo element, string key) =>
        element.Tags is { } tags && tags.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static bool HasTag(this OsmGeo element, string key, string value) =>
        string.Equals(element.Tag(key), value, StringComparison.Ordinal);

    // A whole number such as lanes=2; lists ("2;3") and words are not a number of anything, so they read as unknown.
    public static long? WholeNumber(this OsmGeo element, string key) =>
        long.TryParse(element.Tag(key), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
