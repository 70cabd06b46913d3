namespace GeoPlan.Interchange.Writing;

/// <summary>The writer of every export format.</summary>
public static class ExportWriters
{
    /// <summary>One writer per format, in <see cref="ExportFormat.All"/> order.</summary>
    public static IReadOnlyList<IExportWriter> All { get; } =
    [
        new GeoJsonExportWriter(),
        new GeoPackageExportWriter(),
        new ShapefileExportWriter(),
        new CsvExportWriter(),
        new KmlExportWriter(),
    ];

    /// <summary>The writer of a format.</summary>
    public static IExportWriter For(ExportFormat format) =>
        All.FirstOrDefault(w => w.Format == format)
        ?? throw new ArgumentException($"no writer for the format '{format?.Name}'", nameof(format));
}
