using GeoPlan.Geodata;

namespace GeoPlan.Testing;

/// <summary>The geodata/ directory of this checkout, read once per test run.</summary>
public static class BundledGeodata
{
    /// <summary>The checkout's geodata directory.</summary>
    public static GeodataDirectory Directory { get; } =
        GeodataDirectory.FindAbove(AppContext.BaseDirectory) ?? throw new InvalidOperationException("tests run inside a GeoPlan checkout");

    private static readonly Lazy<GeodataReadResult> Read = new(() => GeodataReader.Read(BundledGeodata.Directory));

    /// <summary>The bundled data as read and validated.</summary>
    public static GeodataReadResult Result => Read.Value;

    /// <summary>Copies every geodata file into <paramref name="directory"/>, keeping the layout, to edit or extend a copy.</summary>
    public static void CopyTo(string directory)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory.Path, "*.*json", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(directory, System.IO.Path.GetRelativePath(Directory.Path, file));
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>The checkout's root directory.</summary>
    public static string RepositoryRoot => System.IO.Path.GetDirectoryName(Directory.Path)!;
}
