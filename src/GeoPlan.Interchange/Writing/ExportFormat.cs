using GeoPlan.Core.Crs;

namespace GeoPlan.Interchange.Writing;

/// <summary>A file format collections are exported in: its name on the command line and in <c>f=</c>, extension and media type.</summary>
/// <param name="Name">The short name users give, e.g. <c>gpkg</c>.</param>
/// <param name="Extension">The extension of the single file an export writes, without the dot, e.g. <c>gpkg</c> or <c>shp.zip</c>.</param>
/// <param name="MediaType">The media type of that file.</param>
/// <param name="Title">What the format is, for people.</param>
/// <param name="Wgs84Only">True when the format has no other CRS than WGS 84 longitude/latitude (KML).</param>
public sealed record ExportFormat(string Name, string Extension, string MediaType, string Title, bool Wgs84Only = false)
{
    /// <summary>GeoJSON (RFC 7946 in WGS 84; in another CRS with the 2008 <c>crs</c> member GDAL reads).</summary>
    public static ExportFormat GeoJson { get; } = new("geojson", "geojson", "application/geo+json", "GeoJSON");

    /// <summary>OGC GeoPackage 1.3, one feature table with an R-tree index.</summary>
    public static ExportFormat GeoPackage { get; } = new("gpkg", "gpkg", "application/geopackage+sqlite3", "GeoPackage");

    /// <summary>Esri Shapefile: .shp, .shx, .dbf, .prj and .cpg, zipped into one file.</summary>
    public static ExportFormat Shapefile { get; } = new("shp", "shp.zip", "application/zip", "Shapefile");

    /// <summary>CSV (RFC 4180, UTF-8) with the geometry as WKT in a column named <c>WKT</c>.</summary>
    public static ExportFormat Csv { get; } = new("csv", "csv", "text/csv; charset=utf-8", "CSV with WKT geometry");

    /// <summary>KML 2.2, always in WGS 84 longitude/latitude.</summary>
    public static ExportFormat Kml { get; } = new("kml", "kml", "application/vnd.google-earth.kml+xml", "KML", Wgs84Only: true);

    /// <summary>Every export format, in the order they are offered.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } = [GeoJson, GeoPackage, Shapefile, Csv, Kml];

    /// <summary>The names users may give, comma-separated, for error messages.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));

    /// <summary>Finds a format by its name, ignoring case.</summary>
    public static bool TryFind(string? name, out ExportFormat format)
    {
        format = All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return format is not null;
    }

    /// <summary>Why this format cannot be written in <paramref name="crs"/>, or null when it can.</summary>
    public string? CrsProblem(CrsDefinition crs)
    {
        ArgumentNullException.ThrowIfNull(crs);
        return Wgs84Only && !ExportCrs.IsWgs84LonLat(crs)
            ? $"{Title} is always WGS 84 longitude/latitude (CRS84); '{crs.Code}' cannot be written in it: " +
              "leave the CRS out or choose another format"
            : null;
    }
}
