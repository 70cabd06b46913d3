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

    /// <summary>The checkout's root directory.</summary>
    public static string RepositoryRoot => System.IO.Path.GetDirectoryName(Directory.Path)!;
}
