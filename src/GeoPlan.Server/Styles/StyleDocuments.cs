using System.Text.Json.Serialization;
using GeoPlan.Server.Http;

namespace GeoPlan.Server.Styles;

/// <summary>The list of styles at <c>/styles</c>.</summary>
public sealed record StyleList(IReadOnlyList<StyleSummary> Styles, IReadOnlyList<Link> Links);

/// <summary>One style in the list.</summary>
public sealed record StyleSummary(string Id, string Title, IReadOnlyList<Link> Links);

/// <summary>A style's metadata (OGC API - Styles): its stylesheets, its legend and links.</summary>
public sealed record StyleMetadata(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<StyleSheet> Stylesheets,
    IReadOnlyList<StyleLegendSection> Legend,
    IReadOnlyList<Link> Links);

/// <summary>One encoding of a style.</summary>
public sealed record StyleSheet(string Title, string Version, string Specification, [property: JsonPropertyName("native")] bool Native, Link Link);

/// <summary>A legend section: a layer, or the statuses every layer shares.</summary>
public sealed record StyleLegendSection(string Key, string TitleZh, string TitleEn, IReadOnlyList<StyleLegendEntry> Entries);

/// <summary>A legend entry with the colours and dash pattern it is drawn with.</summary>
public sealed record StyleLegendEntry(string Key, string TitleZh, string TitleEn, string? Fill, string? Stroke, IReadOnlyList<double> DashArray);
