namespace GeoPlan.Core.Styling;

/// <summary>How a layer's features are drawn: filled areas, stroked lines or circles at points.</summary>
public enum SymbolKind
{
    /// <summary>Polygons: a fill with an outline.</summary>
    Fill,

    /// <summary>Lines: a stroke, dashed by status.</summary>
    Line,

    /// <summary>Points: a circle with a ring.</summary>
    Circle,
}
