using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Styling;

/// <summary>The one map style both the MapLibre style document and the PNG renderer draw: layers, status variants, legend.</summary>
public sealed class PlanStyle
{
    private readonly Dictionary<string, LayerStyle> _byId;
    private readonly Dictionary<FeatureStatus, StatusStyle> _byStatus;

    /// <summary>Makes a style; every layer id must be unique and every status must have exactly one variant.</summary>
    /// <exception cref="ArgumentException">A layer id repeats or a status has no variant or several.</exception>
    public PlanStyle(StyleColor background, IEnumerable<LayerStyle> layers, IEnumerable<StatusStyle> statuses)
    {
        Background = background;
        Layers = layers.OrderBy(l => l.DrawOrder).ToList();
        Statuses = statuses.OrderBy(s => s.Status).ToList();
        var repeated = Layers.GroupBy(l => l.LayerId).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"layer '{repeated.Key}' is styled more than once", nameof(layers));
        }

        if (!Statuses.Select(s => s.Status).SequenceEqual(Enum.GetValues<FeatureStatus>()))
        {
            throw new ArgumentException("every status needs exactly one variant", nameof(statuses));
        }

        _byId = Layers.ToDictionary(l => l.LayerId, StringComparer.Ordinal);
        _byStatus = Statuses.ToDictionary(s => s.Status);
    }

    // A neutral slate for layers without a rule of their own.
    private static readonly StyleColor PlainColor = StyleColor.FromHex("#5b6b7f");

    /// <summary>GeoPlan's default planning-map style.</summary>
    public static PlanStyle Default { get; } = DefaultPlanStyle.Create();

    /// <summary>The colour behind everything, for maps that are not transparent.</summary>
    public StyleColor Background { get; }

    /// <summary>The styled layers in drawing order, bottom first.</summary>
    public IReadOnlyList<LayerStyle> Layers { get; }

    /// <summary>One variant per status, in the order operating, under construction, planned, proposed.</summary>
    public IReadOnlyList<StatusStyle> Statuses { get; }

    /// <summary>The style of a layer; null when the style does not draw it.</summary>
    public LayerStyle? Find(string layerId) => _byId.GetValueOrDefault(layerId);

    /// <summary>The style of a layer; for a layer this style has no rule for, such as an imported one, a plain one by its geometry type,
    /// so that every layer asked for is drawn.</summary>
    public LayerStyle For(LayerInfo layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return Find(layer.Id) ?? new LayerStyle
        {
            LayerId = layer.Id,
            TitleZh = layer.TitleZh,
            TitleEn = layer.TitleEn,
            DrawOrder = int.MaxValue,
            Kind = layer.GeometryType switch
            {
                OgcGeometryType.Point or OgcGeometryType.MultiPoint => SymbolKind.Circle,
                OgcGeometryType.LineString or OgcGeometryType.MultiLineString => SymbolKind.Line,
                _ => SymbolKind.Fill,
            },
            Color = PlainColor,
            Opacity = 0.5,
            OutlineColor = PlainColor,
            Width = 1,
            Radius = 4,
        };
    }

    /// <summary>The variant of a status.</summary>
    public StatusStyle Status(FeatureStatus status) => _byStatus[status];

    /// <summary>How a feature of <paramref name="layer"/> is drawn given its status and colour attribute value.</summary>
    public FeatureSymbol Symbol(LayerStyle layer, FeatureStatus status, string? colorValue)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return FeatureSymbol.Resolve(layer, Status(status), layer.ColorFor(colorValue));
    }
}
