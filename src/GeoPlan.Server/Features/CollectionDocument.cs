using System.Text.Json.Serialization;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.Writing;
using GeoPlan.Server.Http;

namespace GeoPlan.Server.Features;

/// <summary>An OGC API collection description: id, titles, extent, CRS and links.</summary>
public sealed record CollectionDocument(
    string Id,
    string Title,
    string TitleZh,
    string TitleEn,
    string Description,
    [property: JsonPropertyName("itemType")] string ItemType,
    string GeometryType,
    long FeatureCount,
    CollectionExtent? Extent,
    IReadOnlyList<string> Crs,
    [property: JsonPropertyName("storageCrs")] string StorageCrs,
    IReadOnlyList<Link> Links)
{
    /// <summary>Describes a layer, with links made for the current request.</summary>
    public static CollectionDocument From(LayerInfo layer, RequestUrls urls)
    {
        var self = urls.For($"/collections/{layer.Id}");
        return new CollectionDocument(
            layer.Id,
            $"{layer.TitleZh} {layer.TitleEn}",
            layer.TitleZh,
            layer.TitleEn,
            layer.Description,
            "feature",
            layer.GeometryType.ToString(),
            layer.FeatureCount,
            layer.Extent is { } e
                ? new CollectionExtent(new SpatialExtent([[e.MinX, e.MinY, e.MaxX, e.MaxY]], CrsRegistry.Crs84.Uri))
                : null,
            [CrsRegistry.Crs84.Uri],
            CrsRegistry.Crs84.Uri,
            [
                new Link(self, "self", MediaTypes.Json, $"{layer.TitleEn}"),
                new Link(self + "/items", "items", MediaTypes.GeoJson, $"{layer.TitleEn} as GeoJSON"),
                new Link(self + "/map", "http://www.opengis.net/def/rel/ogc/1.0/map", "image/png", $"{layer.TitleEn} as a map"),
                new Link(self + "/tiles", "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", MediaTypes.Json, $"{layer.TitleEn} as vector tiles"),
                new Link(urls.For("/collections"), "parent", MediaTypes.Json, "All collections"),
                .. ExportFormat.All.Select(f =>
                    new Link($"{self}/export?f={f.Name}", "enclosure", f.MediaType, $"{layer.TitleEn} as {f.Title}")),
            ]);
    }
}

/// <summary>The extent member of a collection.</summary>
public sealed record CollectionExtent(SpatialExtent Spatial);

/// <summary>A spatial extent: bounding boxes in a CRS.</summary>
public sealed record SpatialExtent(IReadOnlyList<double[]> Bbox, string Crs);

/// <summary>The <c>/collections</c> document.</summary>
public sealed record CollectionsDocument(IReadOnlyList<Link> Links, IReadOnlyList<CollectionDocument> Collections);
