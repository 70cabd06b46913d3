using System.Globalization;
using System.Text;
using System.Text.Json;
using GeoPlan.Core.Model;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoPlan.Core.Storage.Editing;

/// <summary>How stores keep a feature in an audit record: its geometry as WKB, its fields as one JSON object, so every store reads back
/// the same feature with the same value types.</summary>
public static class FeatureAuditColumns
{
    private static readonly HashSet<string> CommonFieldNames = LayerInfo.CommonFields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>The geometry as ISO WKB.</summary>
    public static byte[] GeometryBytes(PlanFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return new WKBWriter(ByteOrder.LittleEndian, false, false, false).Write(feature.Geometry);
    }

    /// <summary>The common fields and attributes as a JSON object; a real number always carries a decimal point, so it reads back as a
    /// real, and a whole number without one reads back as an integer.</summary>
    public static string ValuesJson(PlanFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var name in LayerInfo.CommonFields.Select(f => f.Name).Concat(feature.Attributes.Keys.Order(StringComparer.Ordinal)))
            {
                json.WritePropertyName(name);
                switch (FeatureColumns.ValueOf(feature, name))
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case string text:
                        json.WriteStringValue(text);
                        break;
                    case bool flag:
                        json.WriteBooleanValue(flag);
                        break;
                    case double real:
                        var written = real.ToString("R", CultureInfo.InvariantCulture);
                        var looksReal = written.Contains('.', StringComparison.Ordinal) || written.Contains('E', StringComparison.Ordinal);
                        json.WriteRawValue(looksReal ? written : written + ".0");
                        break;
                    case var whole:
                        json.WriteNumberValue(Convert.ToInt64(whole, CultureInfo.InvariantCulture));
                        break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The feature an audit record keeps, from its stored geometry and values.</summary>
    public static PlanFeature ReadFeature(string collection, string featureId, byte[] geometry, string valuesJson)
    {
        using var document = JsonDocument.Parse(valuesJson);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when property.Value.GetRawText().AsSpan().IndexOfAny(".eE") >= 0 => property.Value.GetDouble(),
                JsonValueKind.Number => property.Value.GetInt64(),
                _ => null,
            };
        }

        var shape = new WKBReader(new NtsGeometryServices(Wgs84.PrecisionModel, 4326)).Read(geometry);
        shape.SRID = 4326;
        return FeatureColumns.ToFeature(
            collection, featureId, shape, name => values.GetValueOrDefault(name), values.Keys.Where(k => !CommonFieldNames.Contains(k)));
    }
}
