using System.Buffers.Binary;
using System.IO.Compression;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shp.Writers;

namespace GeoPlan.Interchange.Writing;

/// <summary>Writes an Esri Shapefile: .shp and .shx (multi-part geometries as multipart shapes), .dbf (UTF-8 text, typed numbers),
/// .prj (the target CRS as Esri WKT) and .cpg (<c>UTF-8</c>); as one zip stream, or as loose files in a folder.</summary>
/// <remarks>
/// dBASE limits what a Shapefile holds: field names of at most 10 bytes (shortened uniquely, see the summary's renamed fields) and text
/// of at most 254 bytes (longer values are cut at a character boundary, and the summary says how many). Unknown text reads back as
/// empty. The geometries are written as they are read; the attributes wait in a temporary file, since the .dbf header must state
/// every column's width before the first record. Every temporary file is deleted.
/// </remarks>
public sealed class ShapefileExportWriter : IExportWriter
{
    private static readonly string[] Extensions = ["shp", "shx", "dbf", "prj", "cpg"];

    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.Shapefile;

    /// <summary>Writes the Shapefile's five files into a zip on <paramref name="output"/>, each named after the layer.</summary>
    /// <inheritdoc />
    public async Task<ExportSummary> WriteAsync(
        LayerInfo layer,
        IAsyncEnumerable<PlanFeature> features,
        CrsDefinition crs,
        Stream output,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(output);
        using var folder = new TemporaryFolder();
        var summary = await BuildAsync(layer, features, crs, folder, cancellationToken);
        var zip = folder.File("export.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var extension in Extensions)
            {
                archive.CreateEntryFromFile(folder.File($"{layer.Id}.{extension}"), $"{layer.Id}.{extension}", CompressionLevel.Optimal);
            }
        }

        await using (var zipped = new FileStream(zip, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true))
        {
            await zipped.CopyToAsync(output, cancellationToken);
        }

        return summary;
    }

    /// <summary>Writes the Shapefile as loose files <c>{baseName}.shp</c>, <c>.shx</c>, <c>.dbf</c>, <c>.prj</c> and <c>.cpg</c> in
    /// <paramref name="directory"/> (created when missing), replacing files of those names.</summary>
    /// <returns>What was written, with the renamed fields and cut values.</returns>
    public static async Task<ExportSummary> WriteFilesAsync(
        LayerInfo layer, IAsyncEnumerable<PlanFeature> features, CrsDefinition crs, string directory, string baseName,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        using var folder = new TemporaryFolder();
        var summary = await BuildAsync(layer, features, crs, folder, cancellationToken);
        Directory.CreateDirectory(directory);
        foreach (var extension in Extensions)
        {
            File.Move(folder.File($"{layer.Id}.{extension}"), Path.Combine(directory, $"{baseName}.{extension}"), overwrite: true);
        }

        return summary;
    }

    /// <summary>The fields of <paramref name="layer"/> a Shapefile holds under a shortened name, in column order.</summary>
    public static IReadOnlyList<RenamedField> RenamedFields(LayerInfo layer)
    {
        var fields = ExportColumns.Of(layer);
        var names = DbfFieldNames.Shorten(fields.Select(f => f.Name));
        return fields.Select((f, i) => new RenamedField(f.Name, names[i])).Where(r => r.Field != r.WrittenAs).ToList();
    }

    /// <summary>The paths of the files <see cref="WriteFilesAsync"/> writes.</summary>
    public static IReadOnlyList<string> FilesOf(string directory, string baseName) =>
        Extensions.Select(e => Path.Combine(directory, $"{baseName}.{e}")).ToList();

    private static async Task<ExportSummary> BuildAsync(
        LayerInfo layer,
        IAsyncEnumerable<PlanFeature> features,
        CrsDefinition crs,
        TemporaryFolder folder,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(features);
        var target = new ExportCrs(crs);
        var fields = ExportColumns.Of(layer);
        var names = DbfFieldNames.Shorten(fields.Select(f => f.Name));
        var columns = fields.Select((f, i) => new DbfColumn(f, names[i])).ToList();
        var path = folder.File(layer.Id);
        using var spool = new AttributeSpool(folder.File("attributes.spool"));

        await using (var shp = new FileStream(path + ".shp", FileMode.CreateNew))
        await using (var shx = new FileStream(path + ".shx", FileMode.CreateNew))
        {
            using var shapes = ShapeWriter.For(layer, shp, shx);
            var row = new object?[columns.Count];
            await foreach (var feature in features.WithCancellation(cancellationToken))
            {
                shapes.Write(target.Project(ExportGeometry.Fit(layer, feature)));
                for (var i = 0; i < columns.Count; i++)
                {
                    row[i] = ExportColumns.ValueOf(feature, fields[i]);
                    columns[i].See(row[i]);
                }

                spool.Add(row);
            }
        }

        if (spool.Count == 0)
        {
            ShapeWriter.CompleteEmptyHeader(path + ".shp");
            ShapeWriter.CompleteEmptyHeader(path + ".shx");
        }

        await using (var dbfStream = new FileStream(path + ".dbf", FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            var dbf = new DbfFile(dbfStream, columns, spool.Count, DateTime.UtcNow);
            foreach (var record in spool.ReadBack(columns.Count))
            {
                dbf.Write(record);
            }

            dbf.Finish();
        }

        await File.WriteAllTextAsync(path + ".prj", CrsWkt.Esri(target), cancellationToken);
        await File.WriteAllTextAsync(path + ".cpg", "UTF-8", cancellationToken);
        return new ExportSummary(
            spool.Count,
            columns.Where(c => c.Name != c.Field.Name).Select(c => new RenamedField(c.Field.Name, c.Name)).ToList(),
            Notes(columns));
    }

    private static List<string> Notes(IEnumerable<DbfColumn> columns)
    {
        var notes = new List<string>();
        foreach (var column in columns)
        {
            if (column.CutValues > 0)
            {
                notes.Add(
                    $"{column.Field.Name}: {column.CutValues} value(s) longer than {DbfColumn.MaxTextBytes} bytes were cut to " +
                    $"{DbfColumn.MaxTextBytes}, the most a dBASE text field holds; GeoPackage, GeoJSON, CSV and KML keep them whole");
            }

            if (column.RoundsValues)
            {
                notes.Add($"{column.Field.Name}: values were rounded to {column.Decimals} decimals to fit a dBASE number");
            }
        }

        return notes;
    }

    /// <summary>Writes geometries of a layer's family as the one Shapefile shape type that holds them.</summary>
    private sealed class ShapeWriter : IDisposable
    {
        private readonly IDisposable _writer;
        private readonly Action<Geometry> _write;

        private ShapeWriter(IDisposable writer, Action<Geometry> write)
        {
            _writer = writer;
            _write = write;
        }

        public static ShapeWriter For(LayerInfo layer, Stream shp, Stream shx)
        {
            switch (layer.GeometryType)
            {
                case OgcGeometryType.Point:
                    var points = new ShpPointWriter(shp, shx, ShapeType.Point);
                    return new ShapeWriter(points, g => points.Write((Point)g));
                case OgcGeometryType.MultiPoint:
                    var multiPoints = new ShpMultiPointWriter(shp, shx, ShapeType.MultiPoint);
                    return new ShapeWriter(multiPoints, g => multiPoints.Write((MultiPoint)g));
                case OgcGeometryType.LineString or OgcGeometryType.MultiLineString:
                    var lines = new ShpPolyLineWriter(shp, shx, ShapeType.PolyLine);
                    return new ShapeWriter(
                        lines, g => lines.Write(g as MultiLineString ?? g.Factory.CreateMultiLineString([(LineString)g])));
                case OgcGeometryType.Polygon or OgcGeometryType.MultiPolygon:
                    var polygons = new ShpPolygonWriter(shp, shx, ShapeType.Polygon);
                    return new ShapeWriter(
                        polygons, g => polygons.Write(g as MultiPolygon ?? g.Factory.CreateMultiPolygon([(Polygon)g])));
                default:
                    throw new ExportException(
                        $"'{layer.Id}' holds {layer.GeometryType} geometries, which a Shapefile cannot: it holds points, lines or " +
                        "polygons of one kind per file; export it as GeoPackage or GeoJSON");
            }
        }

        // With no record the writer leaves the header's file length at 0; an empty file is the 100-byte header, 50 16-bit words.
        public static void CompleteEmptyHeader(string path)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, 50);
            file.Position = 24;
            file.Write(length);
        }

        public void Write(Geometry geometry) => _write(geometry);

        public void Dispose() => _writer.Dispose();
    }
}
