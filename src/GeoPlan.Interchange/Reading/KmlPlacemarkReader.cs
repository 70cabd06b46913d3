using System.Xml;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Reading;

/// <summary>Reads one KML Placemark: its id, name, description, ExtendedData values and geometry.</summary>
internal sealed class KmlPlacemarkReader(string file)
{
    private readonly KmlGeometryReader _geometries = new();

    /// <summary>Reads the Placemark the reader is on, and moves past its end.</summary>
    /// <exception cref="SourceFormatException">The placemark gives two values the same name.</exception>
    public SourceFeature Read(XmlReader reader)
    {
        var line = KmlXml.Line(reader);
        var position = $"line {line}";
        var id = reader.GetAttribute("id");
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        Geometry? geometry = null;
        string? problem = null;
        var geometries = 0;
        KmlXml.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "name" or "description":
                    // Text by definition, so "12" stays "12"; only an empty one is no value.
                    var key = child.LocalName;
                    var text = KmlXml.ReadText(child);
                    Add(attributes, key, text.Length == 0 ? null : text, position);
                    break;
                case "ExtendedData":
                    ReadExtendedData(child, attributes, position);
                    break;
                case var name when KmlGeometryReader.IsGeometry(name):
                    geometries++;
                    (geometry, problem) = _geometries.Read(child);
                    break;
                default:
                    child.Skip();
                    break;
            }
        });

        if (geometries > 1)
        {
            (geometry, problem) = (null, $"{position}: the placemark has {geometries} geometries; put them in one MultiGeometry");
        }
        else if (geometries == 0)
        {
            problem = "the placemark has no geometry";
        }

        return new SourceFeature(string.IsNullOrEmpty(id) ? null : id, geometry, attributes, position, problem);
    }

    // <Data name="..."><value>...</value></Data> and <SchemaData><SimpleData name="...">...</SimpleData></SchemaData>.
    private void ReadExtendedData(XmlReader reader, Dictionary<string, object?> attributes, string position)
    {
        KmlXml.ForEachChild(reader, child =>
        {
            if (child.LocalName == "Data")
            {
                var name = child.GetAttribute("name");
                string? value = null;
                KmlXml.ForEachChild(child, part =>
                {
                    if (part.LocalName == "value")
                    {
                        value = KmlXml.ReadText(part);
                    }
                    else
                    {
                        part.Skip();
                    }
                });
                AddData(attributes, name, value ?? "", position);
            }
            else if (child.LocalName == "SchemaData")
            {
                KmlXml.ForEachChild(child, simple =>
                {
                    if (simple.LocalName == "SimpleData")
                    {
                        var name = simple.GetAttribute("name");
                        AddData(attributes, name, KmlXml.ReadText(simple), position);
                    }
                    else
                    {
                        simple.Skip();
                    }
                });
            }
            else
            {
                child.Skip();
            }
        });
    }

    private void AddData(Dictionary<string, object?> attributes, string? name, string value, string position)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new SourceFormatException(
                file, position, "the placemark holds a Data or SimpleData element without a name; give it a name attribute.");
        }

        Add(attributes, name, AttributeText.ToValue(value), position);
    }

    private void Add(Dictionary<string, object?> attributes, string name, object? value, string position)
    {
        if (!attributes.TryAdd(name, value))
        {
            throw new SourceFormatException(file, position, $"the placemark gives two values named '{name}'; rename one of them.");
        }
    }
}
