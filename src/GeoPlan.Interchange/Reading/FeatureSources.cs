using GeoPlan.Interchange.Reading.Osm;

namespace GeoPlan.Interchange.Reading;

/// <summary>Opens a file of features with the reader its extension calls for.</summary>
public static class FeatureSources
{
    /// <summary>The files GeoPlan reads, for messages.</summary>
    public const string Supported = ".geojson or .json (GeoJSON), .geojsonl, .geojsons, .ndjson or .jsonl (one GeoJSON feature a line), " +
        ".gpkg, .shp or .zip (a zipped Shapefile), .csv, .kml, .kmz, and .osm, .osm.pbf or .pbf (OpenStreetMap)";

    /// <summary>Opens <paramref name="path"/> as its extension says.</summary>
    /// <exception cref="SourceFormatException">The extension is not one GeoPlan reads, the file is missing, or it is malformed.</exception>
    public static IFeatureSource Open(string path, FeatureSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var open = Reader(path);
        if (!File.Exists(path))
        {
            throw new SourceFormatException(Path.GetFileName(path), "the whole file", $"'{path}' does not exist");
        }

        return open(path, options);
    }

    private static Func<string, FeatureSourceOptions, IFeatureSource> Reader(string path)
    {
        if (OsmSource.HasFileExtension(path))
        {
            return (p, o) => new OsmSource(p, o);
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".geojson" or ".json" => (p, _) => new GeoJsonSource(p, delimited: false),
            ".geojsonl" or ".geojsons" or ".ndjson" or ".jsonl" => (p, _) => new GeoJsonSource(p, delimited: true),
            ".gpkg" => (p, o) => new GeoPackageSource(p, o),
            ".shp" or ".zip" => (p, o) => new ShapefileSource(p, o),
            ".csv" => (p, o) => new CsvSource(p, o),
            ".kml" or ".kmz" => (p, o) => new KmlSource(p, o),
            var other => throw new SourceFormatException(
                Path.GetFileName(path),
                "file name",
                $"{(other.Length == 0 ? "has no extension" : $"has the extension {other}")}, which GeoPlan does not read; it reads {Supported}. " +
                "Export the data to one of these formats."),
        };
    }
}
