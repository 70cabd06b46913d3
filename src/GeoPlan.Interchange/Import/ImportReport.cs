using GeoPlan.Core.Model;

namespace GeoPlan.Interchange.Import;

/// <summary>What an import did, or would do in a dry run, and why it did nothing when it found problems.</summary>
public sealed record ImportReport
{
    /// <summary>The most problems listed; the count goes on past it.</summary>
    public const int ListedProblems = 100;

    /// <summary>The collection imported into.</summary>
    public required string Collection { get; init; }

    /// <summary>The file's format.</summary>
    public required string Format { get; init; }

    /// <summary>The CRS the coordinates were read in, and how it was decided; null when it could not be.</summary>
    public string? Crs { get; init; }

    /// <summary>What the import did to the collection, or would have done in a dry run or without its problems.</summary>
    public required ImportAction Action { get; init; }

    /// <summary>True when nothing was written because the request asked only to check.</summary>
    public bool DryRun { get; init; }

    /// <summary>True when the features are in the store now.</summary>
    public bool Written { get; init; }

    /// <summary>Features read from the file.</summary>
    public long FeaturesRead { get; init; }

    /// <summary>Features written, or that would be written in a dry run; 0 when the import failed.</summary>
    public long FeaturesWritten { get; init; }

    /// <summary>How many features got an id made from the collection, the file and their position, having none of their own.</summary>
    public long IdsMade { get; init; }

    /// <summary>How many features have no name in the file, under any of the names a name is read from.</summary>
    public long Unnamed { get; init; }

    /// <summary>The collection's geometry type and fields as the import leaves them.</summary>
    public LayerInfo? Layer { get; init; }

    /// <summary>Geometries repaired, one line each.</summary>
    public IReadOnlyList<ImportNote> Repairs { get; init; } = [];

    /// <summary>Problems that stopped the import, up to <see cref="ListedProblems"/>.</summary>
    public IReadOnlyList<ImportNote> Problems { get; init; } = [];

    /// <summary>How many problems were found in all.</summary>
    public long ProblemCount { get; init; }

    /// <summary>True when the import found no problem.</summary>
    public bool Succeeded => ProblemCount == 0;
}
