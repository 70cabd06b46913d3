using System.Globalization;
using System.Text;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;

namespace GeoPlan.Interchange.Writing;

/// <summary>Writes CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets show Chinese text): the geometry as WKT in the target CRS
/// in the first column, named <c>WKT</c> as GDAL's CSV driver expects, then the id and every field.</summary>
/// <remarks>Numbers are written unquoted in invariant culture, booleans as <c>true</c>/<c>false</c>; an unknown value is an empty field,
/// an empty text is <c>""</c>.</remarks>
public sealed class CsvExportWriter : IExportWriter
{
    /// <summary>The name of the geometry column.</summary>
    public const string GeometryColumn = "WKT";

    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.Csv;

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
        await using var text = new StreamWriter(chunks.Buffer, Utf8WithMark, leaveOpen: true) { NewLine = "\r\n" };
        var line = new StringBuilder();
        line.Append(GeometryColumn);
        foreach (var column in columns)
        {
            line.Append(',');
            AppendText(line, column.Name);
        }

        long count = 0;
        await foreach (var feature in features.WithCancellation(cancellationToken))
        {
            text.WriteLine(line);
            line.Clear();
            line.Append('"');
            WktText.Append(line, target.Project(ExportGeometry.Fit(layer, feature)), target);
            line.Append('"');
            foreach (var column in columns)
            {
                line.Append(',');
                AppendValue(line, ExportColumns.ValueOf(feature, column));
            }

            count++;
            await text.FlushAsync(cancellationToken);
            await chunks.FlushIfFullAsync(cancellationToken);
        }

        text.WriteLine(line);
        await text.FlushAsync(cancellationToken);
        await chunks.FlushAsync(cancellationToken);
        return ExportSummary.Plain(count);
    }

    private static void AppendValue(StringBuilder line, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string s:
                AppendText(line, s);
                break;
            case double d:
                line.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case bool b:
                line.Append(b ? "true" : "false");
                break;
            default:
                AppendText(line, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    // RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; an empty text is quoted to tell it from unknown.
    private static void AppendText(StringBuilder line, string value)
    {
        if (value.Length > 0 && value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
