using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Reading;

namespace GeoPlan.Interchange.Import;

/// <summary>What to import: a file into a collection, how, and what to assume where the file says nothing.</summary>
public sealed record ImportRequest
{
    /// <summary>The file to read (for a Shapefile the .shp or a .zip holding it).</summary>
    public required string Path { get; init; }

    /// <summary>The collection to fill; created when it does not exist.</summary>
    public required string Collection { get; init; }

    /// <summary>Replace or append when the collection exists; null refuses to touch an existing collection.</summary>
    public ImportMode? Mode { get; init; }

    /// <summary>The CRS of the file's coordinates, overriding what the file states; null to use what it states.</summary>
    public string? Crs { get; init; }

    /// <summary>Check everything and report what would happen, writing nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>How to read the file where it does not say (a GeoPackage table, an OpenStreetMap layer, a text encoding).</summary>
    public FeatureSourceOptions SourceOptions { get; init; } = new();

    /// <summary>The status of features whose file gives none; null makes a missing status a problem.</summary>
    public FeatureStatus? Status { get; init; }

    /// <summary>How far, in metres, features whose file gives no <c>accuracy_m</c> may be from the truth; null makes it a problem.</summary>
    public double? AccuracyM { get; init; }

    /// <summary>The provenance of features whose file gives no <c>source</c>; null names the file.</summary>
    public string? Source { get; init; }

    /// <summary>The Chinese title of a collection the import creates; null uses its id.</summary>
    public string? TitleZh { get; init; }

    /// <summary>The English title of a collection the import creates; null uses its id.</summary>
    public string? TitleEn { get; init; }

    /// <summary>Who imports, as the collection's audit trail records it; null records the operating-system user running the import.</summary>
    public string? Editor { get; init; }
}
