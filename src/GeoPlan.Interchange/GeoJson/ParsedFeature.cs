using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.GeoJson;

/// <summary>A GeoJSON feature's members as read, before any rule: the id if a string, the geometry or why not, the properties if an object.</summary>
public readonly record struct ParsedFeature(string? Id, ParsedGeometry Geometry, List<FeatureProperty>? Properties)
{
    private const string MissingGeometry = "'geometry' is missing or null";
    private static readonly object AnyWhole = 0L;
    private static readonly object AnyReal = 0.0;

    /// <summary>Reads one complete feature; members may come in any order, and the last of a repeated member wins.</summary>
    /// <remarks>The properties are read into <paramref name="buffer"/>, which the next feature reuses: they are only good until then.</remarks>
    public static ParsedFeature Parse(ReadOnlySpan<byte> json, PropertyNames names, List<FeatureProperty> buffer)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return new ParsedFeature(null, new ParsedGeometry(null, MissingGeometry), null);
        }

        string? id = null;
        var geometry = new ParsedGeometry(null, MissingGeometry);
        List<FeatureProperty>? properties = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("geometry"u8))
            {
                reader.Read();
                geometry = reader.TokenType == JsonTokenType.StartObject ? ReadGeometry(ref reader) : new ParsedGeometry(null, MissingGeometry);
            }
            else if (reader.ValueTextEquals("properties"u8))
            {
                reader.Read();
                properties = null;
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    buffer.Clear();
                    ReadProperties(ref reader, names, buffer, values: true);
                    properties = buffer;
                }
            }
            else
            {
                reader.Read();
            }

            reader.Skip();
        }

        return new ParsedFeature(id, geometry, properties);
    }

    // Leaves the reader on the geometry's closing brace, also when the geometry fails half-way.
    private static ParsedGeometry ReadGeometry(ref Utf8JsonReader reader)
    {
        var start = reader;
        try
        {
            return new ParsedGeometry(GeoJsonGeometryReader.Read(ref reader), null);
        }
        catch (JsonException e)
        {
            reader = start;
            reader.Skip();
            return new ParsedGeometry(null, $"the geometry is not valid GeoJSON: {e.Message}");
        }
    }

    /// <summary>Only the "properties" of one complete feature, their kinds without their values, for a pass that needs nothing more.</summary>
    /// <remarks>Values are stand-ins of the right type: a number's only tells a whole number from a fraction, a string's is empty.</remarks>
    public static void PropertyKindsOf(ReadOnlySpan<byte> json, PropertyNames names, List<FeatureProperty> properties)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isProperties = reader.ValueTextEquals("properties"u8);
            reader.Read();
            if (isProperties && reader.TokenType == JsonTokenType.StartObject)
            {
                properties.Clear();
                ReadProperties(ref reader, names, properties, values: false);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadProperties(ref Utf8JsonReader reader, PropertyNames names, List<FeatureProperty> properties, bool values)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = names.Read(ref reader);
            reader.Read();
            properties.Add(reader.TokenType switch
            {
                JsonTokenType.String => new FeatureProperty(name, JsonValueKind.String, values ? reader.GetString() : string.Empty),
                JsonTokenType.Number when reader.TryGetInt64(out var whole) => new FeatureProperty(name, JsonValueKind.Number, values ? whole : AnyWhole),
                JsonTokenType.Number when reader.TryGetDouble(out var real) && double.IsFinite(real) =>
                    new FeatureProperty(name, JsonValueKind.Number, values ? real : AnyReal),
                JsonTokenType.Number => new FeatureProperty(name, JsonValueKind.Undefined, null),
                JsonTokenType.True => new FeatureProperty(name, JsonValueKind.True, true),
                JsonTokenType.False => new FeatureProperty(name, JsonValueKind.False, false),
                JsonTokenType.Null => new FeatureProperty(name, JsonValueKind.Null, null),
                JsonTokenType.StartArray => new FeatureProperty(name, JsonValueKind.Array, null),
                _ => new FeatureProperty(name, JsonValueKind.Object, null),
            });
            reader.Skip();
        }
    }
}

/// <summary>A feature's geometry as read, or why it could not be read.</summary>
public readonly record struct ParsedGeometry(Geometry? Value, string? Error);
