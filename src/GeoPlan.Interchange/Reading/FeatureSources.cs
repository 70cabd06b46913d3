namespace GeoPlan.Interchange.Reading;

/// <summary>Opens a file of features with the reader its extension calls for.</summary>
public static class FeatureSources
{
    /// <summary>Opens <paramref name="path"/> as its extension says: .shp or .zip (Shapefile), .csv, .kml or .kmz.</summary>
    /// <exception cref="SourceFormatException">The extension is not one GeoPlan reads, or the file is malformed.</exception>
    public static IFeatureSource Open(string path, FeatureSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".shp" or ".zip" => new ShapefileSource(path, options),
            ".csv" => new CsvSource(path, options),
            ".kml" or ".kmz" => new KmlSource(path, options),
            var other => throw new SourceFormatException(
                Path.GetFileName(path),
                "file name",
                $"{(other.Length == 0 ? "has no extension" : $"has the extension {other}")}, which GeoPlan does not read; it reads "
                + ".shp, .zip (a zipped Shapefile), .csv, .kml and .kmz files. Export the data to one of these formats."),
        };
    }
}
