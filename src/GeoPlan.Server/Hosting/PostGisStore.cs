using GeoPlan.Core.Security;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using GeoPlan.Storage.PostGis;
using Npgsql;

namespace GeoPlan.Server.Hosting;

/// <summary>Registers the PostGIS store on <c>ConnectionStrings:GeoPlan</c>, its schema migrations, its change notifications, and the
/// translation of connection failures into 503 answers.</summary>
public static class PostGisStore
{
    /// <summary>The connection string's name in configuration.</summary>
    public const string ConnectionStringName = "GeoPlan";

    /// <summary>Adds the data source, the guarded store (also the writer of imports and of indicator values), and the migrator that brings the schema
    /// up to date once the database answers.</summary>
    /// <remarks>The token store is guarded the same way.</remarks>
    public static IServiceCollection AddPostGisStore(this IServiceCollection services)
    {
        services.AddSingleton(provider => CreateDataSource(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => new PostGisFeatureStore(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(provider => new AvailabilityGuard(provider.GetRequiredService<PostGisFeatureStore>(), PostGisErrors.Describe));
        services.AddSingleton<IFeatureStore>(provider => provider.GetRequiredService<AvailabilityGuard>());
        services.AddSingleton<IFeatureWriter>(provider => provider.GetRequiredService<AvailabilityGuard>());
        services.AddSingleton<IIndicatorActualWriter>(provider => provider.GetRequiredService<AvailabilityGuard>());
        services.AddSingleton<IFeatureEditor>(provider => provider.GetRequiredService<AvailabilityGuard>());
        services.AddSingleton<IAccessTokenStore>(provider =>
            new AccessTokenStoreGuard(provider.GetRequiredService<PostGisFeatureStore>(), PostGisErrors.Describe));
        services.AddHostedService<PostGisSchemaMigrator>();
        services.AddHostedService<PostGisChangeListener>();
        return services;
    }

    private static NpgsqlDataSource CreateDataSource(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"GeoPlan:Store is postgis but ConnectionStrings:{ConnectionStringName} is not set; e.g. ConnectionStrings__GeoPlan=\"Host=localhost;Username=geoplan;Database=geoplan\"");
        }

        try
        {
            return PostGisDataSource.Create(connectionString);
        }
        catch (InvalidConnectionStringException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }
}
