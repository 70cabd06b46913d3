using System.Net;
using GeoPlan.Core.Model;
using GeoPlan.Core.Tiles;
using GeoPlan.Server.Tiles;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace GeoPlan.Server.Tests;

/// <summary>Tiles from PostGIS: the same bytes as from the embedded store, and never stale after another process reloads the data.</summary>
public sealed class PostGisTileTests(PostGisApp postGis, GeoPlanApp geoPackage) : IClassFixture<PostGisApp>, IClassFixture<GeoPlanApp>
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;

    [SkippableTheory]
    [InlineData(6)]
    [InlineData(9)]
    [InlineData(12)]
    public async Task Tiles_are_the_bytes_the_embedded_store_gives(int zoom)
    {
        TestPostGis.Require();
        var path = PathOf(Tileset.CombinedId, WebMercatorQuad.TileAt(123.43, 41.80, zoom));

        var expected = await geoPackage.CreateClient().GetByteArrayAsync(path);
        var actual = await postGis.CreateClient().GetByteArrayAsync(path);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [SkippableFact]
    public async Task A_reload_by_another_process_reaches_the_cached_tiles()
    {
        TestPostGis.Require();
        using var client = postGis.CreateClient();
        var park = Data.Features.First(f => f.Layer == "parks");
        var centre = park.Geometry.InteriorPoint;
        var path = PathOf("parks", WebMercatorQuad.TileAt(centre.X, centre.Y, 12));
        using var first = await client.GetAsync(path);
        var tag = first.Headers.ETag;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // The park moves 100 m east in a load the service knows nothing of but the notification it commits.
        var moved = park with { Geometry = AffineTransformation.TranslationInstance(0.0012, 0).Transform(park.Geometry) };
        await PostGisLoader.LoadAsync(postGis.Database.DataSource, Data with { Features = [.. Data.Features.Select(f => f.Id == park.Id ? moved : f)] });
        try
        {
            var changed = false;
            for (var attempt = 0; attempt < 100 && !changed; attempt++)
            {
                await Task.Delay(50);
                using var again = await client.GetAsync(path);
                changed = !Equals(again.Headers.ETag, tag);
            }

            Assert.True(changed, "the tile stayed as it was before the reload");
        }
        finally
        {
            await PostGisLoader.LoadAsync(postGis.Database.DataSource, Data);
        }
    }

    private static string PathOf(string tileset, TileAddress tile) =>
        $"{(tileset == Tileset.CombinedId ? "/tiles" : $"/collections/{tileset}/tiles")}/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}";
}
