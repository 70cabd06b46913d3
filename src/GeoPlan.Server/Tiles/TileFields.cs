using GeoPlan.Core.Model;

namespace GeoPlan.Server.Tiles;

/// <summary>The properties a layer's features carry in vector tiles, the same list TileJSON and the tileset metadata describe.</summary>
/// <remarks>Everything a map labels, styles or identifies by; <c>source</c>, long text a map never draws, stays in the items API.</remarks>
public static class TileFields
{
    /// <summary>The feature id as a text property, since MVT ids are integers and GeoPlan's are text.</summary>
    public const string Id = "id";

    /// <summary>The fields of <paramref name="layer"/> in tiles, in order: id, the common fields but source, then the layer's own.</summary>
    public static IReadOnlyList<FieldInfo> Of(LayerInfo layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return [new FieldInfo(Id, FieldType.Text), .. LayerInfo.CommonFields.Where(f => f.Name != "source"), .. layer.Fields];
    }
}
