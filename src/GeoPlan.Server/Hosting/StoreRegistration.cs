using GeoPlan.Core.Storage;

namespace GeoPlan.Server.Hosting;

/// <summary>Registers the store that <c>GeoPlan:Store</c> names.</summary>
public static class StoreRegistration
{
    /// <summary>Adds the embedded GeoPackage store or the PostGIS store, and the <see cref="LayerCatalog"/> over it; an unknown name
    /// fails when the store is first resolved, at start-up.</summary>
    public static IServiceCollection AddGeoPlanStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LayerCatalog>();
        services.Configure<GeoPlanOptions>(configuration.GetSection(GeoPlanOptions.Section));
        var store = configuration.GetSection(GeoPlanOptions.Section).Get<GeoPlanOptions>()?.Store ?? "geopackage";
        return store.ToUpperInvariant() switch
        {
            "GEOPACKAGE" => services.AddEmbeddedStore(),
            "POSTGIS" => services.AddPostGisStore(),
            _ => services.AddSingleton<IFeatureStore>(_ =>
                throw new InvalidOperationException($"GeoPlan:Store is '{store}'; allowed: geopackage (the default), postgis")),
        };
    }
}
