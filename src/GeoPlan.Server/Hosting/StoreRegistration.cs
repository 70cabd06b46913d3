namespace GeoPlan.Server.Hosting;

/// <summary>Registers the store that <c>GeoPlan:Store</c> names.</summary>
public static class StoreRegistration
{
    /// <summary>Adds the embedded GeoPackage store or the PostGIS store.</summary>
    /// <exception cref="InvalidOperationException">The configuration names no known store.</exception>
    public static IServiceCollection AddGeoPlanStore(this IServiceCollection services, IConfiguration configuration)
    {
        var store = configuration.GetSection(GeoPlanOptions.Section).Get<GeoPlanOptions>()?.Store ?? "geopackage";
        return store.ToUpperInvariant() switch
        {
            "GEOPACKAGE" => services.AddEmbeddedStore(),
            "POSTGIS" => services.AddPostGisStore(),
            _ => throw new InvalidOperationException($"GeoPlan:Store is '{store}'; allowed: geopackage (the default), postgis"),
        };
    }
}
