using System.Globalization;
using GeoPlan.Testing;

namespace GeoPlan.Core.Tests.Crs;

/// <summary>GDAL and PROJ's command-line tools as references: the WKT they write and the coordinates they compute.</summary>
internal static class Gdal
{
    /// <summary>The WKT GDAL writes for <paramref name="srs"/> as <c>wkt1</c>, <c>wkt_esri</c> (a .prj) or <c>wkt2</c>.</summary>
    public static async Task<string> SrsInfoAsync(string srs, string format)
    {
        ExternalTool.Require("gdalsrsinfo", "gdal-bin");
        var (exitCode, output, error) = await ExternalTool.RunAsync("gdalsrsinfo", "-o", format, srs);
        Assert.True(exitCode == 0 && output.Trim().Length > 0, $"gdalsrsinfo -o {format} {srs} failed: {error}");
        return output.Trim();
    }

    /// <summary>Positions transformed by <c>gdaltransform</c>, both in traditional GIS order (easting or longitude first).</summary>
    public static async Task<IReadOnlyList<(double X, double Y)>> TransformAsync(
        string sourceSrs, string targetSrs, IReadOnlyList<(double X, double Y)> points)
    {
        ExternalTool.Require("gdaltransform", "gdal-bin");
        using var directory = new TemporaryDirectory();
        var input = directory.File("points.txt");
        await File.WriteAllLinesAsync(input, points.Select(p => FormattableString.Invariant($"{p.X:R} {p.Y:R}")));

        // gdaltransform reads its coordinates from standard input only.
        var (exitCode, output, error) = await ExternalTool.RunAsync(
            "sh", "-c", "input=$1; shift; exec gdaltransform \"$@\" < \"$input\"", "sh", input,
            "-s_srs", sourceSrs, "-t_srs", targetSrs, "-output_xy");
        Assert.True(exitCode == 0, $"gdaltransform -s_srs {sourceSrs} -t_srs {targetSrs} failed: {error}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == points.Count, $"gdaltransform gave {lines.Length} lines for {points.Count} points: {output} {error}");
        return [.. lines.Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => (Number(parts[0]), Number(parts[1])))];
    }

    /// <summary>The area of use (west, east, south, north) PROJ's database gives for an EPSG CRS.</summary>
    public static async Task<(double West, double East, double South, double North)> AreaOfUseAsync(int code)
    {
        ExternalTool.Require("projinfo", "proj-bin");
        var (exitCode, output, error) = await ExternalTool.RunAsync("projinfo", "-q", "-o", "WKT2_2019", "--single-line", $"EPSG:{code}");
        Assert.True(exitCode == 0, $"projinfo EPSG:{code} failed: {error}");
        var start = output.IndexOf("BBOX[", StringComparison.Ordinal) + "BBOX[".Length;
        var box = output[start..output.IndexOf(']', start)].Split(',').Select(Number).ToArray();
        return (box[1], box[3], box[0], box[2]);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
