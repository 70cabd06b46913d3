using System.Globalization;
using GeoPlan.Core.Crs;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoPlan.Interchange.Reading;

/// <summary>Reads the features of one table of an OGC GeoPackage, in primary key order; its CRS from <c>gpkg_spatial_ref_sys</c>.</summary>
public sealed class GeoPackageSource : IFeatureSource
{
    private readonly SqliteConnection _connection;
    private readonly string _name;
    private readonly string _table;
    private readonly string _geometryColumn;
    private readonly long _rows;
    private long _read;

    /// <summary>Opens <paramref name="path"/> read-only and finds the table to read: <see cref="FeatureSourceOptions.Layer"/>, or the only one.</summary>
    /// <exception cref="SourceFormatException">The file is not a GeoPackage, or the table is missing or not named among several.</exception>
    public GeoPackageSource(string path, FeatureSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _name = Path.GetFileName(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            _connection.Open();
            var tables = Query("SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns ORDER BY table_name",
                r => (Table: r.GetString(0), Column: r.GetString(1), Srs: r.GetInt64(2)));
            var chosen = options.Layer is { } layer ? tables.Where(t => t.Table == layer).ToList() : tables;
            if (chosen.Count != 1)
            {
                var names = string.Join(", ", tables.Select(t => t.Table));
                throw new SourceFormatException(_name, "gpkg_geometry_columns", options.Layer is null
                    ? $"the GeoPackage holds {tables.Count} feature tables ({names}); name the one to import"
                    : $"the GeoPackage has no feature table '{options.Layer}'; it has {names}");
            }

            (_table, _geometryColumn, var srs) = chosen[0];
            DeclaredCrs = StatedCrs(srs);
            _rows = Query($"SELECT count(*) FROM {Quote(_table)}", r => r.GetInt64(0))[0];
        }
        catch (SqliteException e)
        {
            _connection.Dispose();
            throw new SourceFormatException(_name, "the whole file", $"it cannot be read as a GeoPackage: {e.Message}", e);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public string Format => "GeoPackage";

    /// <inheritdoc />
    public string? DeclaredCrs { get; }

    /// <inheritdoc />
    public string? ImpliedCrs => null;

    /// <inheritdoc />
    public double Progress => _rows == 0 ? 1 : (double)_read / _rows;

    /// <inheritdoc />
    public IEnumerable<SourceFeature> ReadFeatures(CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Quote(_table)} ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var geometryOrdinal = reader.GetOrdinal(_geometryColumn);
        var primaryKey = PrimaryKey();
        var geometryReader = new GeoPackageGeoReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var position = $"{_table} row {(++_read).ToString(CultureInfo.InvariantCulture)}";
            var attributes = new Dictionary<string, object?>(reader.FieldCount, StringComparer.Ordinal);
            string? attributeProblem = null;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var column = reader.GetName(i);
                if (i == geometryOrdinal || column == primaryKey)
                {
                    continue;
                }

                var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                if (value is byte[])
                {
                    attributeProblem ??= $"'{column}' holds binary data; GeoPlan keeps text, numbers, booleans and null: leave it out";
                    continue;
                }

                attributes[column] = value;
            }

            var (geometry, geometryProblem) = ReadGeometry(reader, geometryOrdinal, geometryReader);
            yield return new SourceFeature(null, geometry, attributes, position, geometryProblem, attributeProblem);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static (Geometry? Geometry, string? Problem) ReadGeometry(SqliteDataReader reader, int ordinal, GeoPackageGeoReader geometryReader)
    {
        if (reader.IsDBNull(ordinal))
        {
            return (null, "the row has no geometry");
        }

        try
        {
            return (geometryReader.Read((byte[])reader.GetValue(ordinal)), null);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or InvalidCastException or IOException)
        {
            return (null, $"the geometry is not a GeoPackage geometry blob: {e.Message}");
        }
    }

    // A GeoPackage names its CRS by organisation and code; an SRS of another organisation is stated by its WKT, and 0 or -1 by nothing.
    private string? StatedCrs(long srs)
    {
        if (srs is 0 or -1)
        {
            return null;
        }

        var rows = Query($"SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = {srs}",
            r => (Organization: r.GetString(0), Code: r.GetInt64(1), Definition: r.GetString(2)));
        if (rows.Count == 0)
        {
            return null;
        }

        var (organization, code, definition) = rows[0];
        return organization.Equals("EPSG", StringComparison.OrdinalIgnoreCase) && CrsRegistry.TryFind($"EPSG:{code}", out _)
            ? $"EPSG:{code}"
            : definition;
    }

    private string? PrimaryKey() =>
        Query($"SELECT name FROM pragma_table_info('{_table.Replace("'", "''", StringComparison.Ordinal)}') WHERE pk = 1", r => r.GetString(0))
            .FirstOrDefault();

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> row)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
