using System.Text.Json.Serialization;
using GeoPlan.Server.Http;

namespace GeoPlan.Server.Tiles;

/// <summary>The list of tilesets at <c>/tiles</c> or <c>/collections/{id}/tiles</c> (OGC API - Tiles).</summary>
public sealed record TilesetList(IReadOnlyList<TilesetSummary> Tilesets, IReadOnlyList<Link> Links);

/// <summary>One tileset in a list: what it holds, its tiling scheme and where its metadata is.</summary>
public sealed record TilesetSummary(
    string Title,
    [property: JsonPropertyName("dataType")] string DataType,
    string Crs,
    [property: JsonPropertyName("tileMatrixSetURI")] string TileMatrixSetUri,
    IReadOnlyList<Link> Links);

/// <summary>A tileset's metadata (OGC Two Dimensional Tile Matrix Set and Tileset Metadata 2.0).</summary>
public sealed record TilesetMetadata(
    string Title,
    string Description,
    [property: JsonPropertyName("dataType")] string DataType,
    string Crs,
    [property: JsonPropertyName("tileMatrixSetURI")] string TileMatrixSetUri,
    [property: JsonPropertyName("boundingBox")] TilesetBoundingBox? BoundingBox,
    IReadOnlyList<TilesetLayer> Layers,
    IReadOnlyList<Link> Links);

/// <summary>The lon/lat box a tileset's data covers.</summary>
public sealed record TilesetBoundingBox(
    [property: JsonPropertyName("lowerLeft")] double[] LowerLeft,
    [property: JsonPropertyName("upperRight")] double[] UpperRight,
    string Crs);

/// <summary>One MVT layer of a tileset with the schema of its features' properties.</summary>
public sealed record TilesetLayer(
    string Id,
    string Title,
    [property: JsonPropertyName("dataType")] string DataType,
    [property: JsonPropertyName("geometryDimension")] int GeometryDimension,
    [property: JsonPropertyName("minTileMatrix")] string MinTileMatrix,
    [property: JsonPropertyName("maxTileMatrix")] string MaxTileMatrix,
    [property: JsonPropertyName("propertiesSchema")] PropertiesSchema PropertiesSchema);

/// <summary>A JSON Schema of an object's properties, each with its JSON type.</summary>
public sealed record PropertiesSchema(string Type, IReadOnlyDictionary<string, PropertySchema> Properties);

/// <summary>The JSON type of one property.</summary>
public sealed record PropertySchema(string Type);

/// <summary>A TileJSON 3.0.0 document, what MapLibre, QGIS and Leaflet read to use a vector tileset.</summary>
public sealed record TileJson(
    [property: JsonPropertyName("tilejson")] string Version,
    string Name,
    string Description,
    string Attribution,
    string Scheme,
    IReadOnlyList<string> Tiles,
    [property: JsonPropertyName("minzoom")] int MinZoom,
    [property: JsonPropertyName("maxzoom")] int MaxZoom,
    double[]? Bounds,
    double[]? Center,
    [property: JsonPropertyName("vector_layers")] IReadOnlyList<TileJsonLayer> VectorLayers);

/// <summary>One layer of a TileJSON document with its fields and their types (String, Number or Boolean).</summary>
public sealed record TileJsonLayer(
    string Id,
    string Description,
    [property: JsonPropertyName("minzoom")] int MinZoom,
    [property: JsonPropertyName("maxzoom")] int MaxZoom,
    IReadOnlyDictionary<string, string> Fields);
