using System.Globalization;
using System.Text;
using System.Xml;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Writing;

/// <summary>Writes KML 2.2 in WGS 84 longitude/latitude: a Document with a Schema of every field and its type, and one Placemark per
/// feature named by its Chinese name, with every field in its ExtendedData (SchemaData) and its geometry.</summary>
/// <remarks>Integer fields are KML <c>int</c>, real ones <c>double</c>, booleans <c>bool</c>; an unknown value has no SimpleData.</remarks>
public sealed class KmlExportWriter : IExportWriter
{
    private const string Namespace = "http://www.opengis.net/kml/2.2";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        ConformanceLevel = ConformanceLevel.Document,
        CloseOutput = false,
    };

    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.Kml;

    /// <inheritdoc />
    public async Task<ExportSummary> WriteAsync(
        LayerInfo layer,
        IAsyncEnumerable<PlanFeature> features,
        CrsDefinition crs,
        Stream output,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(crs);
        if (Format.CrsProblem(crs) is { } problem)
        {
            throw new ArgumentException(problem, nameof(crs));
        }

        var target = new ExportCrs(crs);
        var columns = ExportColumns.Of(layer);
        await using var chunks = new ChunkedOutput(output);
        using (var xml = XmlWriter.Create(chunks.Buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("kml", Namespace);
            xml.WriteStartElement("Document");
            xml.WriteAttributeString("id", layer.Id);
            xml.WriteElementString("name", $"{layer.TitleZh} {layer.TitleEn}");
            WriteSchema(xml, layer, columns);
            long count = 0;
            await foreach (var feature in features.WithCancellation(cancellationToken))
            {
                WritePlacemark(xml, layer, columns, target, feature);
                count++;
                xml.Flush();
                await chunks.FlushIfFullAsync(cancellationToken);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
            xml.Flush();
            await chunks.FlushAsync(cancellationToken);
            return ExportSummary.Plain(count);
        }
    }

    private static void WriteSchema(XmlWriter xml, LayerInfo layer, IReadOnlyList<FieldInfo> columns)
    {
        xml.WriteStartElement("Schema");
        xml.WriteAttributeString("name", layer.Id);
        xml.WriteAttributeString("id", layer.Id);
        foreach (var column in columns)
        {
            xml.WriteStartElement("SimpleField");
            xml.WriteAttributeString("name", column.Name);
            xml.WriteAttributeString("type", column.Type switch
            {
                FieldType.Integer => "int",
                FieldType.Real => "double",
                FieldType.Boolean => "bool",
                _ => "string",
            });
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WritePlacemark(
        XmlWriter xml, LayerInfo layer, IReadOnlyList<FieldInfo> columns, ExportCrs target, PlanFeature feature)
    {
        xml.WriteStartElement("Placemark");
        xml.WriteElementString("name", feature.NameZh);
        xml.WriteStartElement("ExtendedData");
        xml.WriteStartElement("SchemaData");
        xml.WriteAttributeString("schemaUrl", "#" + layer.Id);
        foreach (var column in columns)
        {
            var value = ExportColumns.ValueOf(feature, column);
            if (value is null)
            {
                continue;
            }

            xml.WriteStartElement("SimpleData");
            xml.WriteAttributeString("name", column.Name);
            xml.WriteString(value switch
            {
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                bool b => b ? "1" : "0",
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            });
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        WriteGeometry(xml, target.Project(ExportGeometry.Fit(layer, feature)), target);
        xml.WriteEndElement();
    }

    private static void WriteGeometry(XmlWriter xml, Geometry geometry, ExportCrs target)
    {
        switch (geometry)
        {
            case Point point:
                xml.WriteStartElement("Point");
                WriteCoordinates(xml, point.CoordinateSequence, target);
                xml.WriteEndElement();
                break;
            case LinearRing ring:
                xml.WriteStartElement("LinearRing");
                WriteCoordinates(xml, ring.CoordinateSequence, target);
                xml.WriteEndElement();
                break;
            case LineString line:
                xml.WriteStartElement("LineString");
                WriteCoordinates(xml, line.CoordinateSequence, target);
                xml.WriteEndElement();
                break;
            case Polygon polygon:
                xml.WriteStartElement("Polygon");
                xml.WriteStartElement("outerBoundaryIs");
                WriteGeometry(xml, polygon.Shell, target);
                xml.WriteEndElement();
                foreach (var hole in polygon.Holes)
                {
                    xml.WriteStartElement("innerBoundaryIs");
                    WriteGeometry(xml, hole, target);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                break;
            default:
                xml.WriteStartElement("MultiGeometry");
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    WriteGeometry(xml, geometry.GetGeometryN(i), target);
                }

                xml.WriteEndElement();
                break;
        }
    }

    private static void WriteCoordinates(XmlWriter xml, CoordinateSequence sequence, ExportCrs target)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sequence.Count; i++)
        {
            text.Append(i > 0 ? " " : "").Append(target.Format(sequence.GetX(i))).Append(',').Append(target.Format(sequence.GetY(i)));
        }

        xml.WriteElementString("coordinates", text.ToString());
    }
}
