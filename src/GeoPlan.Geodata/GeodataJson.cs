using System.Text.Json;
using GeoPlan.Core.Model;

namespace GeoPlan.Geodata;

/// <summary>The JSON settings geodata files are read with: GeoPlan's wire names, every constructor member required.</summary>
internal static class GeodataJson
{
    public static JsonSerializerOptions Options { get; } = WireNamingPolicy.Apply(new JsonSerializerOptions
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });
}
