using System.Text;

namespace GeoPlan.Interchange.Reading;

/// <summary>How to read a file where the file alone does not say.</summary>
public sealed record FeatureSourceOptions
{
    /// <summary>The table or layer to read from a file that holds several (GeoPackage); null for the only one.</summary>
    public string? Layer { get; init; }

    /// <summary>The text encoding of attribute text when the file does not state it (a Shapefile without .cpg); null to detect or refuse.</summary>
    public Encoding? Encoding { get; init; }
}
