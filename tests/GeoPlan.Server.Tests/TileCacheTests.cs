using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Tiles;
using GeoPlan.Server.Tiles;
using GeoPlan.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Tests;

/// <summary>A store change drops the cached tiles whose area it touched, in that collection's tileset and the combined one, and no others.</summary>
public sealed class TileCacheTests : IDisposable
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private readonly GeoPlanApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_change_drops_exactly_the_tiles_over_its_area_at_every_zoom()
    {
        using var client = _app.CreateClient();
        var cache = _app.Services.GetRequiredService<TileCache>();
        var park = Data.Features.First(f => f.Layer == "parks");
        var centre = park.Geometry.InteriorPoint;
        var fetched = new List<TileKey>();
        for (var zoom = 6; zoom <= 12; zoom += 2)
        {
            var here = WebMercatorQuad.TileAt(centre.X, centre.Y, zoom);
            var far = WebMercatorQuad.TileAt(centre.X + 1.5, centre.Y - 1.2, zoom);
            foreach (var (tileset, tile) in new[] { ("parks", here), ("parks", far), (Tileset.CombinedId, here), (Tileset.CombinedId, far), ("rail_stations", here) })
            {
                var path = tileset == Tileset.CombinedId ? "/tiles" : $"/collections/{tileset}/tiles";
                using var response = await client.GetAsync($"{path}/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}");
                fetched.Add(new TileKey(tileset, null, tile));
            }
        }

        Assert.All(fetched, key => Assert.True(cache.TryGet(key, out _), $"{key} was not cached"));
        var area = park.Geometry.EnvelopeInternal;

        cache.Invalidate(new FeatureChange("parks", area, area));

        foreach (var key in fetched)
        {
            var touched = key.Tileset != "rail_stations" && TileOptions.Default.QueryBounds(key.Tile).Intersects(area);
            Assert.True(touched != cache.TryGet(key, out _), $"{key}: touched {touched}");
        }
    }

    [Fact]
    public async Task A_tile_made_from_data_read_before_a_change_is_not_kept()
    {
        using var client = _app.CreateClient();
        var cache = _app.Services.GetRequiredService<TileCache>();
        var key = new TileKey(Tileset.CombinedId, null, WebMercatorQuad.TileAt(123.43, 41.8, 9));
        var before = cache.Generation;

        cache.Invalidate(new FeatureChange("parks", new Envelope(0, 1, 0, 1), null));
        cache.Add(key, null, before);

        Assert.False(cache.TryGet(key, out _));
    }
}
