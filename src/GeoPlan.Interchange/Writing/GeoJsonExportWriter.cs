using System.Text.Encodings.Web;
using System.Text.Json;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Writing;

/// <summary>Writes a FeatureCollection: RFC 7946 in WGS 84; in another CRS, coordinates in it with a <c>crs</c> member naming it
/// (the 2008 GeoJSON convention, which GDAL and QGIS read).</summary>
/// <remarks>Each feature's id is the GeoJSON <c>id</c>; every other column is a property of its type, null when unknown.</remarks>
public sealed class GeoJsonExportWriter : IExportWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.GeoJson;

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
        var target = new ExportCrs(crs);
        var columns = ExportColumns.Of(layer);
        await using var chunks = new ChunkedOutput(output);
        await using var json = new Utf8JsonWriter(chunks.Buffer, Options);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteString("name", layer.Id);
        if (!target.IsWgs84)
        {
            var (organization, code) = target.Authority;
            json.WritePropertyName("crs");
            json.WriteStartObject();
            json.WriteString("type", "name");
            json.WritePropertyName("properties");
            json.WriteStartObject();
            json.WriteString("name", $"urn:ogc:def:crs:{organization}::{code}");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WritePropertyName("features");
        json.WriteStartArray();
        long count = 0;
        await foreach (var feature in features.WithCancellation(cancellationToken))
        {
            WriteFeature(json, layer, columns, target, feature);
            count++;
            await json.FlushAsync(cancellationToken);
            await chunks.FlushIfFullAsync(cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await chunks.FlushAsync(cancellationToken);
        return ExportSummary.Plain(count);
    }

    private static void WriteFeature(
        Utf8JsonWriter json, LayerInfo layer, IReadOnlyList<FieldInfo> columns, ExportCrs target, PlanFeature feature)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", feature.Id);
        json.WritePropertyName("geometry");
        GeoJsonGeometryWriter.Write(json, target.Project(ExportGeometry.Fit(layer, feature)), target);
        json.WritePropertyName("properties");
        json.WriteStartObject();
        foreach (var column in columns.Skip(1))
        {
            json.WritePropertyName(column.Name);
            switch (ExportColumns.ValueOf(feature, column))
            {
                case null:
                    json.WriteNullValue();
                    break;
                case string text:
                    json.WriteStringValue(text);
                    break;
                case long whole:
                    json.WriteNumberValue(whole);
                    break;
                case double real:
                    json.WriteNumberValue(real);
                    break;
                case bool flag:
                    json.WriteBooleanValue(flag);
                    break;
                case var other:
                    json.WriteStringValue(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
