using System.Text.Json.Nodes;

namespace GeoPlan.Core.Styling;

/// <summary>The MapLibre expressions that select and vary symbols by the <c>status</c> property and by a colour attribute.</summary>
internal static class MapLibreExpressions
{
    private const string StatusProperty = "status";

    /// <summary>A filter keeping features whose status is one of <paramref name="statuses"/>; null when they are all there are.</summary>
    public static JsonArray? StatusFilter(IReadOnlyList<StatusStyle> statuses, int statusCount) => statuses.Count switch
    {
        _ when statuses.Count == statusCount => null,
        1 => new JsonArray("==", Get(StatusProperty), statuses[0].WireName),
        _ => new JsonArray("match", Get(StatusProperty), Strings(statuses.Select(s => s.WireName)), true, false),
    };

    /// <summary>A value that varies by status: a constant when every status has the same one, else a <c>match</c> on status.</summary>
    public static JsonNode ByStatus(IReadOnlyList<StatusStyle> statuses, Func<StatusStyle, JsonNode> valueOf)
    {
        var fallback = valueOf(statuses[0]);
        var cases = statuses.Skip(1)
            .Select(s => (s.WireName, Value: valueOf(s)))
            .Where(c => !JsonNode.DeepEquals(c.Value, fallback))
            .ToList();
        return cases.Count == 0 ? fallback : Match(StatusProperty, cases, fallback);
    }

    /// <summary>A colour that varies by the layer's colour attribute: a constant when every value has the same one.</summary>
    public static JsonNode ByColorAttribute(LayerStyle layer, Func<StyleColor, StyleColor> colorOf)
    {
        var fallback = Color(colorOf(layer.Color));
        if (layer.ColorAttribute is null)
        {
            return fallback;
        }

        var cases = layer.ColorCases
            .Select(c => (c.Value, Value: Color(colorOf(c.Color))))
            .Where(c => !JsonNode.DeepEquals(c.Value, fallback))
            .ToList();
        return cases.Count == 0 ? fallback : Match(layer.ColorAttribute, cases, fallback);
    }

    /// <summary>The label text: the language's field, falling back to the name every feature has.</summary>
    public static JsonNode LabelText(LabelStyle label, MapLanguage language)
    {
        var field = label.Field(language);
        var name = LabelStyle.NameField(language);
        return field == name ? Get(field) : new JsonArray("coalesce", Get(field), Get(name));
    }

    /// <summary>A colour literal.</summary>
    public static JsonNode Color(StyleColor color) => JsonValue.Create(color.ToHex());

    /// <summary>A number literal, rounded so products of opacities stay readable.</summary>
    public static JsonNode Number(double value) => JsonValue.Create(Math.Round(value, 4));

    /// <summary>An array literal of numbers, e.g. a dash array.</summary>
    public static JsonArray Numbers(IEnumerable<double> values) => new(values.Select(v => (JsonNode?)Number(v)).ToArray());

    /// <summary>An array literal of strings.</summary>
    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    /// <summary>A short, stable text naming a group of statuses, used in layer ids.</summary>
    public static string Suffix(IEnumerable<StatusStyle> statuses) => string.Join("-", statuses.Select(s => s.WireName));

    private static JsonArray Get(string property) => new("get", property);

    private static JsonArray Match(string property, IEnumerable<(string Label, JsonNode Value)> cases, JsonNode fallback)
    {
        var match = new JsonArray("match", Get(property));
        foreach (var (label, value) in cases)
        {
            match.Add(label);
            match.Add(value.DeepClone());
        }

        match.Add(fallback.DeepClone());
        return match;
    }
}
