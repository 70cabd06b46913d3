using System.Text.Json;
using NetTopologySuite.IO.Converters;

namespace GeoPlan.Geodata;

/// <summary>The JSON settings geodata files are read with: snake_case names, GeoJSON geometries.</summary>
internal static class GeodataJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new GeoJsonConverterFactory() },
    };
}
