using System.Text.Encodings.Web;
using GeoPlan.Core.Model;
using NetTopologySuite.IO.Converters;

namespace GeoPlan.Server.Hosting;

/// <summary>How responses are written: GeoPlan's wire names, GeoJSON geometries, Chinese text unescaped.</summary>
public static class ResponseJson
{
    /// <summary>Configures the JSON options of every endpoint.</summary>
    public static IServiceCollection AddResponseJson(this IServiceCollection services) => services.ConfigureHttpJsonOptions(o =>
    {
        // OGC members keep the names the standards give them through attributes on their records.
        WireNamingPolicy.Apply(o.SerializerOptions);
        o.SerializerOptions.Converters.Add(new GeoJsonConverterFactory());
        o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    });
}
