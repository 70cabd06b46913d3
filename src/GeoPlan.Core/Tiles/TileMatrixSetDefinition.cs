using System.Text.Json.Serialization;

namespace GeoPlan.Core.Tiles;

/// <summary>An OGC TMS 2.0 TileMatrixSet document; its JSON member names are the standard's, whatever the serializer's policy.</summary>
/// <param name="Id">The tile matrix set's identifier, e.g. <c>WebMercatorQuad</c>.</param>
/// <param name="Title">A human-readable title.</param>
/// <param name="Uri">The registered URI of the tile matrix set.</param>
/// <param name="Crs">The URI of the CRS the tile matrices are defined in.</param>
/// <param name="OrderedAxes">The CRS axis abbreviations in the order coordinates are given.</param>
/// <param name="WellKnownScaleSet">The URI of the well-known scale set the matrices follow.</param>
/// <param name="BoundingBox">The area the tile matrices cover, in <paramref name="Crs"/>.</param>
/// <param name="TileMatrices">One tile matrix per zoom level, from the coarsest.</param>
public sealed record TileMatrixSetDefinition(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("crs")] string Crs,
    [property: JsonPropertyName("orderedAxes")] IReadOnlyList<string> OrderedAxes,
    [property: JsonPropertyName("wellKnownScaleSet")] string WellKnownScaleSet,
    [property: JsonPropertyName("boundingBox")] TileMatrixSetBoundingBox BoundingBox,
    [property: JsonPropertyName("tileMatrices")] IReadOnlyList<TileMatrixDefinition> TileMatrices);
