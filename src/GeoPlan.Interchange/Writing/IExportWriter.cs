using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;

namespace GeoPlan.Interchange.Writing;

/// <summary>Writes a collection in one file format, reading its features as they come: memory does not grow with it.</summary>
public interface IExportWriter
{
    /// <summary>The format written.</summary>
    ExportFormat Format { get; }

    /// <summary>Writes the features (WGS 84 lon/lat, as stores hold them) to <paramref name="output"/> in <paramref name="crs"/>.</summary>
    /// <param name="layer">The collection: its id, geometry type and fields.</param>
    /// <param name="features">The collection's features, read once.</param>
    /// <param name="crs">The CRS coordinates are written in; <see cref="ExportFormat.CrsProblem"/> must be null for it.</param>
    /// <param name="output">Where the file goes; written asynchronously only, so it may be an HTTP response body.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    /// <returns>What was written, with the changes the format forced on names or values.</returns>
    /// <exception cref="ExportException">A feature cannot be written in this format.</exception>
    Task<ExportSummary> WriteAsync(
        LayerInfo layer,
        IAsyncEnumerable<PlanFeature> features,
        CrsDefinition crs,
        Stream output,
        CancellationToken cancellationToken = default);
}
