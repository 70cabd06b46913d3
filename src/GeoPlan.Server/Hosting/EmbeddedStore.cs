using GeoPlan.Core.Security;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using GeoPlan.Geodata;
using GeoPlan.Storage.GeoPackage;

namespace GeoPlan.Server.Hosting;

/// <summary>Registers the embedded GeoPackage store, building it from geodata/ first when it is missing or older than its sources.</summary>
public static class EmbeddedStore
{
    /// <summary>Adds <see cref="IFeatureStore"/>, <see cref="IFeatureWriter"/>, <see cref="IIndicatorActualWriter"/> and
    /// <see cref="IFeatureEditor"/> and <see cref="IAccessTokenStore"/>: the embedded GeoPackage, opened for writing.</summary>
    public static IServiceCollection AddEmbeddedStore(this IServiceCollection services)
    {
        services.AddSingleton(provider => Open(
            provider.GetRequiredService<IConfiguration>().GetSection(GeoPlanOptions.Section).Get<GeoPlanOptions>() ?? new GeoPlanOptions(),
            provider.GetRequiredService<ILogger<GeoPackageFeatureStore>>()));
        services.AddSingleton<IFeatureStore>(provider => provider.GetRequiredService<GeoPackageFeatureStore>());
        services.AddSingleton<IFeatureWriter>(provider => provider.GetRequiredService<GeoPackageFeatureStore>());
        services.AddSingleton<IIndicatorActualWriter>(provider => provider.GetRequiredService<GeoPackageFeatureStore>());
        services.AddSingleton<IFeatureEditor>(provider => provider.GetRequiredService<GeoPackageFeatureStore>());
        services.AddSingleton<IAccessTokenStore>(provider => provider.GetRequiredService<GeoPackageFeatureStore>());
        return services;
    }

    private static GeoPackageFeatureStore Open(GeoPlanOptions options, ILogger logger)
    {
        if (options.Geodata is not null && !Directory.Exists(options.Geodata))
        {
            throw new InvalidOperationException($"GeoPlan:Geodata is '{options.Geodata}', which does not exist");
        }

        var geodata = options.Geodata is not null
            ? new GeodataDirectory(options.Geodata)
            : GeodataDirectory.FindAbove(Environment.CurrentDirectory) ?? GeodataDirectory.FindAbove(AppContext.BaseDirectory);
        var path = options.GeoPackage ?? (geodata is null ? null : GeoPackageBuild.DefaultPath(geodata));
        if (path is null)
        {
            throw new InvalidOperationException(
                "No GeoPackage store is configured and no geodata/ directory was found; set GeoPlan:GeoPackage or GeoPlan:Geodata");
        }

        // Writable, so that imports reach the instance whose changes the caches hear.
        var store = GeoPackageBuild.OpenCurrent(
            geodata, path, GeoPackageAccess.ReadWrite, () => logger.LogInformation("Building {Path} from {Geodata}", path, geodata!.Path));
        logger.LogInformation("Serving the embedded store {Path}", path);
        return store;
    }
}
