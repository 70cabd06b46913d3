using System.Text.Encodings.Web;
using System.Text.Json;
using GeoPlan.Core.Model;
using NetTopologySuite.IO.Converters;

namespace GeoPlan.Geodata;

/// <summary>Writes features as a geodata layer file: a GeoJSON FeatureCollection that <see cref="GeodataReader"/> reads back.</summary>
/// <remarks>Features stream out one at a time, so a layer of any size takes little memory; null attributes are left out.</remarks>
public static class GeoJsonLayerWriter
{
    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>Writes the features to <paramref name="stream"/> as UTF-8 GeoJSON.</summary>
    public static void Write(Stream stream, IEnumerable<PlanFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var feature in features)
        {
            WriteFeature(writer, feature);
            writer.Flush();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFeature(Utf8JsonWriter writer, PlanFeature feature)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", feature.Id);
        writer.WriteStartObject("properties");
        writer.WriteString("name_zh", feature.NameZh);
        writer.WriteString("name_en", feature.NameEn);
        writer.WriteString("status", WireName.Of(feature.Status));
        WriteYear(writer, "open_year", feature.OpenYear);
        WriteYear(writer, "target_year", feature.TargetYear);
        writer.WriteString("source", feature.Source);
        writer.WriteNumber("accuracy_m", feature.AccuracyM);
        foreach (var (name, value) in feature.Attributes)
        {
            switch (value)
            {
                case string text: writer.WriteString(name, text); break;
                case long whole: writer.WriteNumber(name, whole); break;
                case double real: writer.WriteNumber(name, real); break;
                case bool flag: writer.WriteBoolean(name, flag); break;
            }
        }

        writer.WriteEndObject();
        writer.WritePropertyName("geometry");
        JsonSerializer.Serialize(writer, feature.Geometry, GeometryOptions);
        writer.WriteEndObject();
    }

    private static void WriteYear(Utf8JsonWriter writer, string name, int? year)
    {
        if (year is { } value)
        {
            writer.WriteNumber(name, value);
        }
    }
}
