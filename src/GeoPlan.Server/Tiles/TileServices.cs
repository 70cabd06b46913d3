namespace GeoPlan.Server.Tiles;

/// <summary>Registers what the tiles API needs: the tile maker, the cache of tiles made and the catalogue of layers.</summary>
public static class TileServices
{
    /// <summary>Adds <see cref="VectorTiles"/>, its <see cref="TileCache"/> and the <see cref="LayerCatalog"/>, one each for the service.</summary>
    public static IServiceCollection AddVectorTiles(this IServiceCollection services) =>
        services.AddSingleton<TileCache>().AddSingleton<LayerCatalog>().AddSingleton<VectorTiles>();
}
