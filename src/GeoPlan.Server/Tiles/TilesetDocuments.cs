using GeoPlan.Core.Model;
using GeoPlan.Core.Tiles;
using GeoPlan.Server.Http;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Tiles;

/// <summary>The documents that describe a tileset: its entry in a list, its OGC metadata and its TileJSON.</summary>
public static class TilesetDocuments
{
    /// <summary>The deepest zoom tilesets advertise; deeper tiles are served too, but clients draw these enlarged.</summary>
    public const int MaxZoom = 16;

    private const string Vector = "vector";
    private const string WebMercator = "http://www.opengis.net/def/crs/EPSG/0/3857";
    private const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private const string TilingSchemeRel = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
    private const string TilesetRel = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";

    /// <summary>The list with the one tileset GeoPlan serves for it, in WebMercatorQuad.</summary>
    public static TilesetList List(Tileset tileset, RequestUrls urls)
    {
        ArgumentNullException.ThrowIfNull(tileset);
        ArgumentNullException.ThrowIfNull(urls);
        var listPath = tileset.Path[..tileset.Path.LastIndexOf('/')];
        return new TilesetList(
            [new TilesetSummary(tileset.TitleEn, Vector, WebMercator, WebMercatorQuad.Definition.Uri, [
                new Link(urls.For(tileset.Path), "self", MediaTypes.Json, $"{tileset.TitleEn} in {WebMercatorQuad.Id}"),
                new Link(urls.For($"/tileMatrixSets/{WebMercatorQuad.Id}"), TilingSchemeRel, MediaTypes.Json, "The tiling scheme"),
            ])],
            [new Link(urls.For(listPath), "self", MediaTypes.Json, "This list"), new Link(urls.For(tileset.Path), TilesetRel, MediaTypes.Json, tileset.TitleEn)]);
    }

    /// <summary>The tileset's metadata: its layers with their property schemas, extent, tiling scheme and tile URL template.</summary>
    public static TilesetMetadata Metadata(Tileset tileset, RequestUrls urls)
    {
        ArgumentNullException.ThrowIfNull(tileset);
        ArgumentNullException.ThrowIfNull(urls);
        var extent = Extent(tileset);
        return new TilesetMetadata(
            tileset.TitleEn,
            $"{tileset.TitleZh} — Mapbox Vector Tiles, one layer per collection; ?year=2023 or 2025 keeps the features of that scenario.",
            Vector,
            WebMercator,
            WebMercatorQuad.Definition.Uri,
            extent is null ? null : new TilesetBoundingBox([extent.MinX, extent.MinY], [extent.MaxX, extent.MaxY], Crs84),
            tileset.Layers.Select(l => new TilesetLayer(
                l.Id, l.TitleEn, Vector, Dimension(l.GeometryType), "0", MaxZoom.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new PropertiesSchema("object", TileFields.Of(l).ToDictionary(f => f.Name, f => new PropertySchema(JsonType(f.Type)))))).ToList(),
            [
                new Link(urls.For(tileset.Path), "self", MediaTypes.Json, "This document"),
                new Link(urls.For($"/tileMatrixSets/{WebMercatorQuad.Id}"), TilingSchemeRel, MediaTypes.Json, "The tiling scheme"),
                new Link(urls.For(tileset.Path + "/{tileMatrix}/{tileRow}/{tileCol}"), "item", VectorTiles.MediaType, "Tiles", Templated: true),
                new Link(urls.For(tileset.Path + "/tilejson"), "describedby", MediaTypes.Json, "TileJSON 3.0"),
            ]);
    }

    /// <summary>TileJSON 3.0.0 with the tile URL (keeping <paramref name="year"/> when given), bounds, centre and every layer's fields.</summary>
    public static TileJson TileJson(Tileset tileset, RequestUrls urls, string? year)
    {
        ArgumentNullException.ThrowIfNull(tileset);
        ArgumentNullException.ThrowIfNull(urls);
        var extent = Extent(tileset);
        var query = string.IsNullOrEmpty(year) ? "" : $"?year={Uri.EscapeDataString(year)}";
        return new TileJson(
            "3.0.0",
            tileset.TitleEn,
            tileset.TitleZh,
            "GeoPlan — 沈阳现代化都市圈规划; geometry digitised by hand, see each feature's source and accuracy_m",
            "xyz",
            [urls.For(tileset.Path + "/{z}/{y}/{x}" + query)],
            0,
            MaxZoom,
            extent is null ? null : [extent.MinX, extent.MinY, extent.MaxX, extent.MaxY],
            extent is null ? null : [extent.Centre.X, extent.Centre.Y, 8],
            tileset.Layers.Select(l => new TileJsonLayer(
                l.Id, l.TitleEn, 0, MaxZoom, TileFields.Of(l).ToDictionary(f => f.Name, f => TileJsonType(f.Type)))).ToList());
    }

    private static Envelope? Extent(Tileset tileset)
    {
        var extent = new Envelope();
        foreach (var layer in tileset.Layers.Where(l => l.Extent is not null))
        {
            extent.ExpandToInclude(layer.Extent);
        }

        return extent.IsNull ? null : extent;
    }

    private static int Dimension(OgcGeometryType type) => type switch
    {
        OgcGeometryType.Point or OgcGeometryType.MultiPoint => 0,
        OgcGeometryType.LineString or OgcGeometryType.MultiLineString => 1,
        _ => 2,
    };

    private static string JsonType(FieldType type) => type switch
    {
        FieldType.Integer => "integer",
        FieldType.Real => "number",
        FieldType.Boolean => "boolean",
        _ => "string",
    };

    private static string TileJsonType(FieldType type) => type switch
    {
        FieldType.Integer or FieldType.Real => "Number",
        FieldType.Boolean => "Boolean",
        _ => "String",
    };
}
