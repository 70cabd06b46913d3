using GeoPlan.Testing;

namespace GeoPlan.Interchange.Tests;

/// <summary>Writes test files with GDAL's ogr2ogr, so readers are tested against what real GIS software writes.</summary>
internal static class Ogr2Ogr
{
    /// <summary>Writes <paramref name="geoJson"/> into <paramref name="directory"/> and converts it to <paramref name="target"/>.</summary>
    public static async Task ConvertAsync(
        TemporaryDirectory directory, string geoJson, string driver, string target, params string[] options)
    {
        ExternalTool.Require("ogr2ogr", "gdal-bin");
        var source = directory.File($"{Guid.NewGuid():N}.geojson");
        await File.WriteAllTextAsync(source, geoJson);
        var (exitCode, _, error) = await ExternalTool.RunAsync("ogr2ogr", ["-f", driver, target, source, .. options]);
        Assert.True(exitCode == 0, $"ogr2ogr failed: {error}");
    }
}
