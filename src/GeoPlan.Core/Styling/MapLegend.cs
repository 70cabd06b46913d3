using GeoPlan.Core.Model;

namespace GeoPlan.Core.Styling;

/// <summary>A legend made from a <see cref="PlanStyle"/>: what each symbol on the map means, in Chinese and English.</summary>
/// <param name="Sections">The groups of rows, in reading order.</param>
public sealed record MapLegend(IReadOnlyList<LegendSection> Sections)
{
    private const double StatusSampleWidth = 2.5;
    private static readonly StyleColor StatusSampleColor = StyleColor.FromHex("#4a4a4a");

    /// <summary>Every row of every section.</summary>
    public IEnumerable<LegendEntry> Entries => Sections.SelectMany(s => s.Entries);

    /// <summary>The legend of the whole map: every layer (topmost first), then what each status looks like.</summary>
    public static MapLegend ForAllLayers(PlanStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        var operating = style.Status(FeatureStatus.Operating);
        var layers = style.Layers.Reverse().SelectMany(layer => ColorEntries(layer, operating, layer.LayerId)).ToList();
        var sample = new LayerStyle
        {
            LayerId = "status",
            TitleZh = "建设状态",
            TitleEn = "Status",
            DrawOrder = 0,
            Kind = SymbolKind.Line,
            Color = StatusSampleColor,
            Width = StatusSampleWidth,
        };
        var statuses = style.Statuses
            .Select(s => new LegendEntry($"status/{s.WireName}", s.TitleZh, s.TitleEn, FeatureSymbol.Resolve(sample, s, sample.Color)))
            .ToList();
        return new MapLegend(
        [
            new LegendSection("layers", "图层", "Layers", layers),
            new LegendSection("status", sample.TitleZh, sample.TitleEn, statuses),
        ]);
    }

    /// <summary>The legend of one layer: its colours, then its symbol in each status.</summary>
    public static MapLegend ForLayer(PlanStyle style, LayerStyle layer)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(layer);
        var operating = style.Status(FeatureStatus.Operating);
        var entries = ColorEntries(layer, operating, layer.LayerId).ToList();
        entries.AddRange(style.Statuses.Where(s => s.Status != FeatureStatus.Operating).Select(s => new LegendEntry(
            $"{layer.LayerId}/status/{s.WireName}", s.TitleZh, s.TitleEn, FeatureSymbol.Resolve(layer, s, layer.Color))));
        return new MapLegend([new LegendSection(layer.LayerId, layer.TitleZh, layer.TitleEn, entries)]);
    }

    private static IEnumerable<LegendEntry> ColorEntries(LayerStyle layer, StatusStyle operating, string key)
    {
        if (layer.ColorCases.Count == 0)
        {
            yield return new LegendEntry(key, layer.TitleZh, layer.TitleEn, FeatureSymbol.Resolve(layer, operating, layer.Color));
            yield break;
        }

        foreach (var colorCase in layer.ColorCases)
        {
            yield return new LegendEntry(
                $"{key}/{colorCase.Value}",
                $"{layer.TitleZh}：{colorCase.TitleZh}",
                $"{layer.TitleEn}: {colorCase.TitleEn}",
                FeatureSymbol.Resolve(layer, operating, colorCase.Color));
        }
    }
}
