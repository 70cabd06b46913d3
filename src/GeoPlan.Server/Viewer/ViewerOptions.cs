namespace GeoPlan.Server.Viewer;

/// <summary>The <c>GeoPlan:Viewer</c> configuration section: what the planners' web viewer draws under GeoPlan's layers.</summary>
public sealed class ViewerOptions
{
    /// <summary>The section's name in configuration.</summary>
    public const string Section = "GeoPlan:Viewer";

    /// <summary>An XYZ raster tile URL template (<c>{z}</c>, <c>{x}</c>, <c>{y}</c>) drawn as the background; empty: no background.</summary>
    /// <remarks>Chinese basemaps (Tianditu's <c>_w</c> services aside, AutoNavi, Baidu) use GCJ-02 or BD-09, offset 300-600 m from
    /// GeoPlan's WGS 84 data, so the plan's features drift off their streets; use a WGS-84 basemap.</remarks>
    public string BackgroundTiles { get; set; } = "";

    /// <summary>The attribution the background's licence asks for, shown on the map; HTML is not interpreted.</summary>
    public string BackgroundAttribution { get; set; } = "";

    /// <summary>The scheme, host and port the background's tiles come from, which the page's content security policy must allow; null
    /// without a background.</summary>
    public string? BackgroundOrigin =>
        Uri.TryCreate(BackgroundTiles.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var url)
            ? url.GetLeftPart(UriPartial.Authority)
            : null;
}
