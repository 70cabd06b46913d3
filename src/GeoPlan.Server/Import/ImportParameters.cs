using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Import;
using GeoPlan.Interchange.Reading;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Import;

/// <summary>Reads the query of <c>POST /collections/{id}/import</c> into an import request, naming the parameter that is wrong.</summary>
public static class ImportParameters
{
    /// <summary>The file formats by their <c>format</c> name, each with the file extension the importer reads it by.</summary>
    public static readonly IReadOnlyDictionary<string, string> Formats = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["geojson"] = ".geojson",
        ["geojsonl"] = ".geojsonl",
        ["gpkg"] = ".gpkg",
        ["shp"] = ".zip",
        ["csv"] = ".csv",
        ["kml"] = ".kml",
        ["kmz"] = ".kmz",
        ["osm"] = ".osm",
        ["pbf"] = ".osm.pbf",
    };

    // The format a Content-Type names, for clients that send one instead of the format parameter.
    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/geo+json"] = "geojson",
        ["application/geo+json-seq"] = "geojsonl",
        ["application/geopackage+sqlite3"] = "gpkg",
        ["application/zip"] = "shp",
        ["text/csv"] = "csv",
        ["application/vnd.google-earth.kml+xml"] = "kml",
        ["application/vnd.google-earth.kmz"] = "kmz",
        ["application/vnd.openstreetmap.data+xml"] = "osm",
        ["application/vnd.openstreetmap.data+pbf"] = "pbf",
    };

    /// <summary>The file extension the upload is kept under and the request without its path, or the problem with the query.</summary>
    public static (string? Extension, ImportRequest? Request, ProblemHttpResult? Problem) Parse(string collection, HttpRequest http)
    {
        var query = http.Query;
        var formatName = query["format"].ToString() is { Length: > 0 } given ? given : MediaTypeFormat(http.ContentType);
        if (formatName is null || !Formats.TryGetValue(formatName, out var extension))
        {
            return Bad("format", $"format must be one of {string.Join(", ", Formats.Keys)} (or a Content-Type naming one); got '{formatName ?? http.ContentType}'");
        }

        ImportMode? mode = null;
        if (query["mode"].ToString() is { Length: > 0 } modeText)
        {
            if (!Enum.TryParse<ImportMode>(modeText, ignoreCase: true, out var parsedMode) || int.TryParse(modeText, out _))
            {
                return Bad("mode", $"mode must be replace or append; got '{modeText}'");
            }

            mode = parsedMode;
        }

        FeatureStatus? status = null;
        if (query["status"].ToString() is { Length: > 0 } statusText)
        {
            if (!WireName.TryParse(statusText, out FeatureStatus parsedStatus))
            {
                return Bad("status", $"status must be one of {string.Join(", ", WireName.All<FeatureStatus>())}; got '{statusText}'");
            }

            status = parsedStatus;
        }

        double? accuracy = null;
        if (query["accuracy_m"].ToString() is { Length: > 0 } accuracyText)
        {
            if (!double.TryParse(accuracyText, NumberStyles.Float, CultureInfo.InvariantCulture, out var metres) || !(metres >= 0) || !double.IsFinite(metres))
            {
                return Bad("accuracy_m", $"accuracy_m must be a number of metres of 0 or more; got '{accuracyText}'");
            }

            accuracy = metres;
        }

        System.Text.Encoding? encoding = null;
        if (query["encoding"].ToString() is { Length: > 0 } encodingName && (encoding = EncodingNames.Find(encodingName)) is null)
        {
            return Bad("encoding", $"encoding must name a text encoding such as UTF-8, GBK or GB18030; got '{encodingName}'");
        }

        var dryRun = query["dryRun"].ToString();
        if (dryRun is { Length: > 0 } && dryRun is not ("true" or "false"))
        {
            return Bad("dryRun", $"dryRun must be true or false; got '{dryRun}'");
        }

        return (extension, new ImportRequest
        {
            Path = "",
            Collection = collection,
            Mode = mode,
            Crs = Text(query["crs"]),
            DryRun = dryRun == "true",
            SourceOptions = new FeatureSourceOptions { Layer = Text(query["layer"]), Encoding = encoding },
            Status = status,
            AccuracyM = accuracy,
            Source = Text(query["source"]),
            TitleZh = Text(query["title_zh"]),
            TitleEn = Text(query["title_en"]),
        }, null);
    }

    private static string? MediaTypeFormat(string? contentType) =>
        contentType?.Split(';')[0].Trim() is { } mediaType && MediaTypes.TryGetValue(mediaType, out var format) ? format : null;

    private static string? Text(Microsoft.Extensions.Primitives.StringValues value) => value.ToString() is { Length: > 0 } text ? text : null;

    private static (string?, ImportRequest?, ProblemHttpResult?) Bad(string parameter, string detail) => (null, null, ApiProblem.BadParameter(parameter, detail));
}
