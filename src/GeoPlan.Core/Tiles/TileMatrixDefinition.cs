using System.Text.Json.Serialization;

namespace GeoPlan.Core.Tiles;

/// <summary>One OGC TMS 2.0 tile matrix (a zoom level) of a tile matrix set.</summary>
/// <param name="Id">The matrix identifier, the zoom level as text (<c>"0"</c> to <c>"24"</c>).</param>
/// <param name="ScaleDenominator">The scale denominator for the OGC standardized 0.28 mm pixel.</param>
/// <param name="CellSize">The size of one pixel in CRS units (metres).</param>
/// <param name="CornerOfOrigin">Where tile (0, 0) lies: <c>topLeft</c>.</param>
/// <param name="PointOfOrigin">The CRS position of that corner, x then y.</param>
/// <param name="TileWidth">The width of a tile in pixels.</param>
/// <param name="TileHeight">The height of a tile in pixels.</param>
/// <param name="MatrixWidth">The number of tile columns.</param>
/// <param name="MatrixHeight">The number of tile rows.</param>
public sealed record TileMatrixDefinition(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("scaleDenominator")] double ScaleDenominator,
    [property: JsonPropertyName("cellSize")] double CellSize,
    [property: JsonPropertyName("cornerOfOrigin")] string CornerOfOrigin,
    [property: JsonPropertyName("pointOfOrigin")] IReadOnlyList<double> PointOfOrigin,
    [property: JsonPropertyName("tileWidth")] int TileWidth,
    [property: JsonPropertyName("tileHeight")] int TileHeight,
    [property: JsonPropertyName("matrixWidth")] int MatrixWidth,
    [property: JsonPropertyName("matrixHeight")] int MatrixHeight);
