namespace GeoPlan.Interchange.Reading;

/// <summary>What each column of a CSV file holds: the geometry (longitude and latitude, or WKT), the feature id, or an attribute.</summary>
/// <param name="Names">The column names, as the header gives them.</param>
/// <param name="Longitude">The longitude (x) column, when the geometry is a coordinate pair.</param>
/// <param name="Latitude">The latitude (y) column, when the geometry is a coordinate pair.</param>
/// <param name="Wkt">The WKT column, when the geometry is well-known text.</param>
/// <param name="Id">The <c>id</c> column, or null.</param>
internal sealed record CsvColumns(IReadOnlyList<string> Names, int? Longitude, int? Latitude, int? Wkt, int? Id)
{
    private static readonly string[] LongitudeNames = ["lon", "lng", "long", "longitude", "x", "经度"];
    private static readonly string[] LatitudeNames = ["lat", "latitude", "y", "纬度"];
    private static readonly string[] WktNames = ["wkt", "geometry", "geom", "the_geom"];
    private static readonly string[] IdNames = ["id"];

    /// <summary>True when column <paramref name="index"/> holds an attribute rather than the geometry or the id.</summary>
    public bool IsAttribute(int index) => index != Longitude && index != Latitude && index != Wkt && index != Id;

    /// <summary>Finds the columns by their names in <paramref name="header"/>, case aside.</summary>
    /// <exception cref="SourceFormatException">No geometry columns, two candidates for one, or a column unnamed or named twice.</exception>
    public static CsvColumns Find(IReadOnlyList<string> header, string file)
    {
        var names = header.Select(h => h.Trim()).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0)
            {
                throw Problem(file, $"column {i + 1} has no name in the header; give it one.");
            }

            if (names.IndexOf(names[i]) < i)
            {
                throw Problem(file, $"the header names two columns '{names[i]}'; rename one of them.");
            }
        }

        var longitude = Single(names, LongitudeNames, "longitude", file);
        var latitude = Single(names, LatitudeNames, "latitude", file);
        var wkt = Single(names, WktNames, "WKT geometry", file);
        var id = Single(names, IdNames, "id", file);
        if (wkt is not null && (longitude is not null && latitude is not null))
        {
            throw Problem(
                file,
                $"the geometry could come from the WKT column '{names[wkt.Value]}' or from the coordinate columns "
                + $"'{names[longitude.Value]}' and '{names[latitude.Value]}'; rename the columns that do not hold it.");
        }

        if (wkt is not null)
        {
            return new CsvColumns(names, null, null, wkt, id);
        }

        if (longitude is not null && latitude is not null)
        {
            return new CsvColumns(names, longitude, latitude, null, id);
        }

        var found = longitude is not null
            ? $" It has the longitude column '{names[longitude.Value]}' but no latitude column."
            : latitude is not null ? $" It has the latitude column '{names[latitude.Value]}' but no longitude column." : "";
        throw Problem(
            file,
            $"the header ({string.Join(", ", names)}) names no geometry columns.{found} Name a longitude column one of "
            + $"{string.Join("|", LongitudeNames)} and a latitude column one of {string.Join("|", LatitudeNames)}, or a WKT column one of "
            + $"{string.Join("|", WktNames)}.");
    }

    private static int? Single(List<string> names, string[] candidates, string role, string file)
    {
        var matches = Enumerable.Range(0, names.Count).Where(i => candidates.Contains(names[i], StringComparer.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            0 => null,
            1 => matches[0],
            _ => throw Problem(
                file,
                $"the columns {string.Join(" and ", matches.Select(i => $"'{names[i]}'"))} could each be the {role}; "
                + "rename all but the one that is."),
        };
    }

    private static SourceFormatException Problem(string file, string message) => new(file, "line 1", message);
}
