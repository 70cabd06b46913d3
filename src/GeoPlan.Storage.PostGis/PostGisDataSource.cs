using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>Builds the Npgsql data source every PostGIS store, load and migration uses: geometry mapped to NetTopologySuite.</summary>
public static class PostGisDataSource
{
    /// <summary>A data source for an Npgsql connection string, with PostGIS geometry read and written as NTS geometries and
    /// repeated statements prepared automatically (<c>Max Auto Prepare=64</c> unless the connection string sets it).</summary>
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

        // Every query GeoPlan sends has one of a few shapes, asked again and again (a tile is one query): prepared once per
        // connection, PostgreSQL stops planning each of them anew, which costs more than running a tile's query.
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        }

        return builder.UseNetTopologySuite().Build();
    }
}
