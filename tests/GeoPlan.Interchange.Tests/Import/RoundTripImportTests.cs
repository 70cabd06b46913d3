using GeoPlan.Core.Crs;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Writing;

namespace GeoPlan.Interchange.Tests.Import;

/// <summary>What GeoPlan exports, in every format and CRS, it imports back: the same features at the same places.</summary>
public sealed class RoundTripImportTests : IDisposable
{
    private readonly ImportTarget _target = new();

    public void Dispose() => _target.Dispose();

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var format in ExportFormat.All)
        {
            foreach (var crs in new[] { "CRS84", "EPSG:4550", "EPSG:3857", "EPSG:4529" })
            {
                if (format.CrsProblem(CrsRegistry.TryFind(crs, out var definition) ? definition : throw new InvalidOperationException(crs)) is null)
                {
                    cases.Add(format.Name, crs);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_exported_collection_imports_back_with_the_same_features_within_a_centimetre(string formatName, string crsCode)
    {
        Assert.True(ExportFormat.TryFind(formatName, out var format));
        Assert.True(CrsRegistry.TryFind(crsCode, out var crs));
        var layer = (await _target.Store.GetLayerAsync("rail_lines"))!;
        var original = await _target.FeaturesAsync("rail_lines");
        var path = _target.File($"rail_lines.{format.Extension.Replace("shp.zip", "zip", StringComparison.Ordinal)}");
        await using (var output = File.Create(path))
        {
            await ExportWriters.For(format).WriteAsync(layer, _target.Store.ScanAsync(layer.Id, null, null), crs, output);
        }

        // A CSV states no CRS; every other format states the one it was written in.
        var report = await _target.ImportAsync(path, "rail_lines", r => r with { Mode = ImportMode.Replace, Crs = format == ExportFormat.Csv ? crsCode : null });

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var imported = (await _target.FeaturesAsync("rail_lines")).ToDictionary(f => f.Id);
        Assert.Equal(original.Count, imported.Count);
        foreach (var feature in original)
        {
            var copy = imported[feature.Id];
            Assert.Equal((feature.NameZh, feature.NameEn, feature.Status, feature.OpenYear), (copy.NameZh, copy.NameEn, copy.Status, copy.OpenYear));
            Assert.True(GroundMetres.Largest(feature.Geometry, copy.Geometry) < 0.01, feature.Id);
        }
    }
}
