using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>One prepared INSERT into a layer's table, run once per feature: geometry, id, the common fields and the layer's own.</summary>
/// <remarks>The table's R-tree triggers index each row as it goes in.</remarks>
internal sealed class FeatureInsert : IDisposable
{
    private const int SqliteConstraintUnique = 2067;

    private readonly string _layerId;
    private readonly List<string> _fields;
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _geometry;
    private readonly SqliteParameter _id;
    private readonly List<SqliteParameter> _values;

    /// <summary>Prepares the INSERT for <paramref name="layer"/>'s fields; columns of the table it does not name stay NULL.</summary>
    public FeatureInsert(SqliteConnection connection, SqliteTransaction transaction, LayerInfo layer)
    {
        _layerId = layer.Id;
        _fields = LayerInfo.CommonFields.Concat(layer.Fields).Select(f => f.Name).ToList();
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"""
            INSERT INTO {Sql.Quote(layer.Id)} (geom, id, {string.Join(", ", _fields.Select(Sql.Quote))})
            VALUES ($geom, $id, {string.Join(", ", _fields.Select((_, i) => ValueParameter(i)))})
            """;
        _geometry = _command.Parameters.Add("$geom", SqliteType.Blob);
        _id = _command.Parameters.Add("$id", SqliteType.Text);
        // Value parameters take their SQLite type from each value, so integers stay integers and reals stay reals.
        _values = _fields
            .Select((_, i) => _command.Parameters.Add(new SqliteParameter { ParameterName = ValueParameter(i) }))
            .ToList();
    }

    /// <summary>Inserts one feature.</summary>
    /// <exception cref="DuplicateFeatureIdException">The table already holds a feature with its id.</exception>
    public void Insert(PlanFeature feature)
    {
        _geometry.Value = GeoPackageBlob.Encode(feature.Geometry);
        _id.Value = feature.Id;
        for (var i = 0; i < _fields.Count; i++)
        {
            _values[i].Value = FeatureColumns.ValueOf(feature, _fields[i]) ?? DBNull.Value;
        }

        try
        {
            _command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqliteConstraintUnique)
        {
            // The id column is the table's only unique one besides fid, which SQLite assigns.
            throw new DuplicateFeatureIdException(feature.Id, _layerId);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _command.Dispose();

    private static string ValueParameter(int index) => "$f" + index.ToString(CultureInfo.InvariantCulture);
}
