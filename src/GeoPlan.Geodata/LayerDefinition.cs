namespace GeoPlan.Geodata;

/// <summary>One entry of <c>layers.json</c>: a layer's id, titles, description and geometry type.</summary>
internal sealed record LayerDefinition(string Id, string TitleZh, string TitleEn, string GeometryType, string Description);

/// <summary>The root of <c>layers.json</c>.</summary>
internal sealed record LayerCatalog(IReadOnlyList<LayerDefinition> Layers);
