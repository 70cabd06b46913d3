using GeoPlan.Core.Storage;

namespace GeoPlan.Server.Tiles;

/// <summary>Registers what the tiles API needs: the tile maker and the cache of tiles made.</summary>
public static class TileServices
{
    /// <summary>Adds <see cref="VectorTiles"/>, the layers it reads from memory and its <see cref="TileCache"/>, one each for the service.</summary>
    public static IServiceCollection AddVectorTiles(this IServiceCollection services) =>
        services.AddSingleton<FeatureIndexCache>().AddSingleton<TileCache>().AddSingleton<VectorTiles>();
}
