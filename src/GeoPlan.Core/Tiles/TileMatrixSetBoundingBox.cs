using System.Text.Json.Serialization;

namespace GeoPlan.Core.Tiles;

/// <summary>The OGC TMS 2.0 bounding box of a tile matrix set: two corners in the set's CRS.</summary>
/// <param name="LowerLeft">The minimum x and y.</param>
/// <param name="UpperRight">The maximum x and y.</param>
/// <param name="Crs">The URI of the CRS the corners are given in.</param>
public sealed record TileMatrixSetBoundingBox(
    [property: JsonPropertyName("lowerLeft")] IReadOnlyList<double> LowerLeft,
    [property: JsonPropertyName("upperRight")] IReadOnlyList<double> UpperRight,
    [property: JsonPropertyName("crs")] string Crs);
