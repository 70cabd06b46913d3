namespace GeoPlan.Viewer.Tests;

/// <summary>Where the browser tests leave their screenshots: GEOPLAN_TEST_ARTIFACTS when set, else screenshots/ beside the tests.</summary>
public static class Artifacts
{
    /// <summary>The directory, created on first use.</summary>
    public static string Directory { get; } = Create();

    private static string Create()
    {
        var root = Environment.GetEnvironmentVariable("GEOPLAN_TEST_ARTIFACTS");
        var directory = string.IsNullOrEmpty(root) ? Path.Combine(AppContext.BaseDirectory, "screenshots") : Path.Combine(root, "viewer");
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
