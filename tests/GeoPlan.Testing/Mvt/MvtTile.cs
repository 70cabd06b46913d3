namespace GeoPlan.Testing.Mvt;

/// <summary>A decoded vector tile: its layers in stored order.</summary>
/// <param name="Layers">The layers.</param>
public sealed record MvtTile(IReadOnlyList<MvtLayer> Layers)
{
    /// <summary>The layer called <paramref name="name"/>; throws when the tile has none.</summary>
    public MvtLayer Layer(string name) =>
        Layers.SingleOrDefault(l => l.Name == name) ?? throw new KeyNotFoundException($"the tile has no layer '{name}'");
}
