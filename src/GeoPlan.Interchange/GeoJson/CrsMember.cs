using System.Globalization;
using System.Text.Json;

namespace GeoPlan.Interchange.GeoJson;

/// <summary>Reads the <c>crs</c> member of the 2008 GeoJSON specification, which GDAL still writes for CRSs other than WGS 84.</summary>
public static class CrsMember
{
    /// <summary>The CRS a whole <c>crs</c> value names: <c>{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4550"}}</c> gives the
    /// name, the older <c>{"type":"EPSG","properties":{"code":4550}}</c> gives <c>EPSG:4550</c>; null for anything else.</summary>
    /// <param name="reader">A reader on the value's first token; the value must be whole in its buffer.</param>
    public static string? Read(Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? type = null, name = null, code = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("properties"u8))
            {
                reader.Read();
                (name, code) = ReadProperties(ref reader);
            }
            else
            {
                reader.Read();
            }

            reader.Skip();
        }

        return type switch
        {
            "name" => name,
            "EPSG" when code is not null => "EPSG:" + code,
            _ => null,
        };
    }

    private static (string? Name, string? Code) ReadProperties(ref Utf8JsonReader reader)
    {
        string? name = null, code = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return (null, null);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isName = reader.ValueTextEquals("name"u8);
            var isCode = reader.ValueTextEquals("code"u8);
            reader.Read();
            if (isName && reader.TokenType == JsonTokenType.String)
            {
                name = reader.GetString();
            }
            else if (isCode && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
            {
                code = number.ToString(CultureInfo.InvariantCulture);
            }

            reader.Skip();
        }

        return (name, code);
    }
}
