using GeoPlan.Core.Model;

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

    /// <summary>The variant of a status.</summary>
    public StatusStyle Status(FeatureStatus status) => _byStatus[status];

    /// <summary>How a feature of <paramref name="layer"/> is drawn given its status and colour attribute value.</summary>
    public FeatureSymbol Symbol(LayerStyle layer, FeatureStatus status, string? colorValue)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return FeatureSymbol.Resolve(layer, Status(status), layer.ColorFor(colorValue));
    }
}
