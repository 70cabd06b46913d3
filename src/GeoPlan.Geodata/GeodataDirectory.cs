namespace GeoPlan.Geodata;

/// <summary>The bundled data directory: layer GeoJSON files, <c>layers.json</c> and <c>plan/</c>.</summary>
public sealed class GeodataDirectory
{
    /// <summary>Wraps an existing directory.</summary>
    public GeodataDirectory(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(Path))
        {
            throw new DirectoryNotFoundException($"geodata directory '{Path}' does not exist");
        }
    }

    /// <summary>Absolute path of the directory.</summary>
    public string Path { get; }

    /// <summary>The layer catalogue file.</summary>
    public string LayersFile => Combine("layers.json");

    /// <summary>The task tree file.</summary>
    public string TasksFile => Combine("plan", "tasks.json");

    /// <summary>The indicator table file.</summary>
    public string IndicatorsFile => Combine("plan", "indicators.json");

    /// <summary>The bundled indicator actual values; optional.</summary>
    public string ActualsFile => Combine("plan", "actuals.json");

    /// <summary>The GeoJSON file of a layer.</summary>
    public string LayerFile(string layerId) => Combine(layerId + ".geojson");

    /// <summary>Every file a build reads (JSON and GeoJSON), for staleness checks.</summary>
    public IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path, "*.*json", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".geojson", StringComparison.Ordinal));

    /// <summary>The last time any source file changed.</summary>
    public DateTime LastWriteTimeUtc() => SourceFiles().Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();

    /// <summary>A path relative to the directory, for messages.</summary>
    public string Relative(string file) => System.IO.Path.GetRelativePath(Path, file);

    /// <summary>Finds <c>geodata/</c> in <paramref name="start"/> or the nearest ancestor that has one; null when none does.</summary>
    public static GeodataDirectory? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "geodata");
            if (File.Exists(System.IO.Path.Combine(candidate, "layers.json")))
            {
                return new GeodataDirectory(candidate);
            }
        }

        return null;
    }

    private string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
