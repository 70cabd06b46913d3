using GeoPlan.Interchange.Reading.Osm;

namespace GeoPlan.Interchange.Reading;

/// <summary>Opens a file of features with the reader its name calls for.</summary>
public static class FeatureSources
{
    /// <summary>The file names GeoPlan reads, for messages.</summary>
    public const string Supported = ".geojson/.json (GeoJSON), .geojsonl/.geojsons/.ndjson/.jsonl (one GeoJSON feature per line), .gpkg, " +
        ".shp or a .zip holding one, .csv, .kml/.kmz, .osm/.osm.pbf/.pbf (OpenStreetMap)";

    /// <summary>A reader for <paramref name="path"/>, chosen by its extension.</summary>
    /// <exception cref="SourceFormatException">The file does not exist, its kind is not one GeoPlan reads, or it cannot be opened as its kind.</exception>
    public static IFeatureSource Open(string path, FeatureSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new SourceFormatException(name, "the whole file", $"'{path}' does not exist");
        }

        if (OsmSource.HasFileExtension(path))
        {
            return new OsmSource(path, options);
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".geojson" or ".json" => new GeoJsonSource(path, delimited: false),
            ".geojsonl" or ".geojsons" or ".ndjson" or ".jsonl" => new GeoJsonSource(path, delimited: true),
            ".gpkg" => new GeoPackageSource(path, options),
            _ => throw new SourceFormatException(name, "the file name", $"GeoPlan does not read '{Path.GetExtension(path)}' files; it reads {Supported}"),
        };
    }
}
