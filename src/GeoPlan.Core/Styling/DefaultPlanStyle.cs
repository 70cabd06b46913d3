using GeoPlan.Core.Model;

namespace GeoPlan.Core.Styling;

/// <summary>GeoPlan's default planning-map palette: quiet boundaries and areas underneath, transport on top.</summary>
internal static class DefaultPlanStyle
{
    private static readonly StyleColor RailRed = StyleColor.FromHex("#b3261e");
    private static readonly StyleColor RailNavy = StyleColor.FromHex("#2b3a67");

    public static PlanStyle Create() => new(StyleColor.FromHex("#f5f3ee"), Layers(), Statuses());

    private static IEnumerable<StatusStyle> Statuses() =>
    [
        new(FeatureStatus.Operating, "已建成", "Operating", 1, [], false),
        new(FeatureStatus.UnderConstruction, "在建", "Under construction", 1, [3, 2], true),
        new(FeatureStatus.Planned, "规划", "Planned", 0.6, [], false),
        new(FeatureStatus.Proposed, "远景研究", "Proposed", 0.4, [1, 1.5], true),
    ];

    private static IEnumerable<LayerStyle> Layers() =>
    [
        Area("metro_cities", "都市圈城市", "Metropolitan cities", 0, "#e2dfd8", 0.4, "#7a7a7a", 1.6, Label(6, 15, "#3f3f3f")),
        Area("districts", "沈阳市区县", "Shenyang districts and counties", 1, "#ffffff", 0, "#a3a3a3", 0.8, Label(9, 12, "#6b6b6b")),
        Area("zones", "功能区", "Zones", 2, "#c5b3e6", 0.45, "#8e6cc0", 1, Label(11, 11, "#5e3f94")),
        Area("core_blocks", "重点片区", "Core development blocks", 3, "#f6b26b", 0.5, "#d9822b", 1.2, Label(10, 12, "#8a4a0f")),
        Area("parks", "公园", "Parks", 4, "#8cc68a", 0.75, "#4f9a4c", 1, Label(12, 11, "#2e6b2c")),
        Area("hubs", "枢纽", "Hubs", 5, "#9fb4c7", 0.6, "#4f6d8a", 1.2, Label(10, 12, "#2f4a63")),
        new LayerStyle
        {
            LayerId = "roads",
            TitleZh = "道路",
            TitleEn = "Roads",
            DrawOrder = 6,
            Kind = SymbolKind.Line,
            Color = StyleColor.FromHex("#e08e3c"),
            Width = 2.4,
            Label = Label(11, 11, "#8a5220"),
        },
        new LayerStyle
        {
            LayerId = "rail_lines",
            TitleZh = "轨道线路",
            TitleEn = "Rail lines",
            DrawOrder = 7,
            Kind = SymbolKind.Line,
            Color = RailRed,
            Width = 2.6,
            ColorAttribute = "mode",
            ColorCases =
            [
                new("metro", RailRed, "地铁", "metro"),
                new("high_speed", RailNavy, "高速铁路", "high-speed rail"),
                new("intercity", StyleColor.FromHex("#7b3f98"), "城际铁路", "intercity rail"),
            ],
            // A line is built in sections; labelling the line rather than the section says what a reader looks for.
            Label = Label(11, 11, "#7a1a14") with { FieldZh = "line_name_zh", FieldEn = "line_name_en" },
        },
        new LayerStyle
        {
            LayerId = "rail_stations",
            TitleZh = "轨道站点",
            TitleEn = "Rail stations",
            DrawOrder = 8,
            Kind = SymbolKind.Circle,
            Color = RailRed,
            OutlineColor = StyleColor.White,
            Width = 1.5,
            Radius = 3.5,
            ColorAttribute = "kind",
            ColorCases =
            [
                new("metro", RailRed, "地铁站", "metro station"),
                new("railway", RailNavy, "铁路站", "railway station"),
                new("airport", StyleColor.FromHex("#4f6d8a"), "机场站", "airport station"),
            ],
            Label = Label(12, 11, "#333333"),
        },
    ];

    private static LayerStyle Area(
        string id,
        string titleZh,
        string titleEn,
        int order,
        string fill,
        double opacity,
        string outline,
        double width,
        LabelStyle label) => new()
        {
            LayerId = id,
            TitleZh = titleZh,
            TitleEn = titleEn,
            DrawOrder = order,
            Kind = SymbolKind.Fill,
            Color = StyleColor.FromHex(fill),
            Opacity = opacity,
            OutlineColor = StyleColor.FromHex(outline),
            Width = width,
            Label = label,
        };

    private static LabelStyle Label(double minZoom, double size, string color) =>
        new() { MinZoom = minZoom, Size = size, Color = StyleColor.FromHex(color) };
}
