using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>Builds the Npgsql data source every PostGIS store, load and migration uses: geometry mapped to NetTopologySuite.</summary>
public static class PostGisDataSource
{
    /// <summary>A data source for an Npgsql connection string, with PostGIS geometry read and written as NTS geometries.</summary>
    /// <exception cref="InvalidConnectionStringException">The text is not an Npgsql connection string.</exception>
    public static NpgsqlDataSource Create(string connectionString)
    {
        NpgsqlDataSourceBuilder builder;
        try
        {
            builder = new NpgsqlDataSourceBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidConnectionStringException(e);
        }

        return builder.UseNetTopologySuite().Build();
    }
}
