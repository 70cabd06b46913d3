using System.Text.Json;
using GeoPlan.Core.Model;
using NetTopologySuite.IO.Converters;

namespace GeoPlan.Geodata;

/// <summary>The JSON settings geodata files are read with: GeoPlan's wire names, every constructor member required, GeoJSON geometries.</summary>
internal static class GeodataJson
{
    public static JsonSerializerOptions Options { get; } = WireNamingPolicy.Apply(new JsonSerializerOptions
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new GeoJsonConverterFactory() },
    });
}
