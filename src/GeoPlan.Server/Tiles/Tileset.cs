using GeoPlan.Core.Model;

namespace GeoPlan.Server.Tiles;

/// <summary>A set of vector tiles: one collection's, or every plan layer's together.</summary>
/// <param name="Id">The collection id, or <see cref="CombinedId"/> for all layers.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="TitleZh">Chinese title.</param>
/// <param name="Layers">The collections in it, each an MVT layer of the same name, in drawing order.</param>
/// <param name="Path">The path of its tileset metadata, under which its tiles are.</param>
public sealed record Tileset(string Id, string TitleEn, string TitleZh, IReadOnlyList<LayerInfo> Layers, string Path)
{
    /// <summary>The id of the tileset of all plan layers.</summary>
    public const string CombinedId = "plan";

    /// <summary>The tileset of every layer, served at <c>/tiles/WebMercatorQuad</c>.</summary>
    public static Tileset Combined(IReadOnlyList<LayerInfo> layers) =>
        new(CombinedId, "All plan layers", "全部规划图层", layers, "/tiles/WebMercatorQuad");

    /// <summary>The tileset of one collection, served at <c>/collections/{id}/tiles/WebMercatorQuad</c>.</summary>
    public static Tileset Of(LayerInfo layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return new(layer.Id, layer.TitleEn, layer.TitleZh, [layer], $"/collections/{layer.Id}/tiles/WebMercatorQuad");
    }
}
