using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.Writing;
using GeoPlan.Testing;

namespace GeoPlan.Interchange.Tests.Export;

/// <summary>A bundled layer with its features in id order, as a store scans them, and a way to export it to a file.</summary>
internal sealed record BundledLayer(LayerInfo Info, IReadOnlyList<PlanFeature> Features)
{
    public static BundledLayer Named(string id)
    {
        var dataset = BundledGeodata.Result.Dataset;
        return new BundledLayer(
            dataset.Layers.Single(l => l.Id == id),
            dataset.Features.Where(f => f.Layer == id).OrderBy(f => f.Id, StringComparer.Ordinal).ToList());
    }

    /// <summary>Writes the layer with a format's writer into <paramref name="path"/>.</summary>
    public async Task<ExportSummary> ExportAsync(ExportFormat format, CrsDefinition crs, string path)
    {
        await using var file = File.Create(path);
        await using var asyncOnly = new AsynchronousOnlyStream(file);
        return await ExportWriters.For(format).WriteAsync(Info, Features.ToAsyncEnumerable(), crs, asyncOnly);
    }
}
