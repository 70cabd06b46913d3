namespace GeoPlan.Interchange.Reading;

/// <summary>An open file of features in one format, read once from start to end.</summary>
public interface IFeatureSource : IDisposable
{
    /// <summary>The format's name as users know it, e.g. <c>Shapefile</c>.</summary>
    string Format { get; }

    /// <summary>The CRS as the file states it (.prj WKT, GeoJSON <c>crs</c> name, GeoPackage organisation and code), or null when it states none.</summary>
    string? DeclaredCrs { get; }

    /// <summary>The CRS the format's specification implies when a file states none (<c>CRS84</c> for GeoJSON, KML and OpenStreetMap), or null.</summary>
    string? ImpliedCrs { get; }

    /// <summary>How much of the file has been read, as a share from 0 to 1, for progress and time-left estimates.</summary>
    double Progress { get; }

    /// <summary>The features in file order, read as they are consumed.</summary>
    /// <exception cref="SourceFormatException">A part of the file is malformed or the file ends early.</exception>
    IEnumerable<SourceFeature> ReadFeatures(CancellationToken cancellationToken = default);
}
