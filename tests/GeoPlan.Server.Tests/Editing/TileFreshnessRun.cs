using System.Globalization;
using System.Net;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Tiles;
using GeoPlan.Server.Observability;
using GeoPlan.Server.Tiles;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Tests.Editing;

/// <summary>A seeded stream of park edits (create, move, delete) through one client, each followed by fetching, through another, the
/// tiles at z8 to z14 that cover where the park was and where it is, and comparing each with the tile made afresh from the store.</summary>
/// <param name="editor">The client that edits, with an editor's token.</param>
/// <param name="reader">The client that fetches tiles; a service of its own in another process's place, or the editor's.</param>
/// <param name="store">The store, read afresh for the tiles each fetched one must equal.</param>
/// <param name="seed">Seeds the edits.</param>
internal sealed class TileFreshnessRun(HttpClient editor, HttpClient reader, IFeatureStore store, int seed)
{
    private const string Items = "/collections/parks/items";

    // The fresh tiles count their cache lookups somewhere no exposition reads.
    private static readonly ServerMetrics UnreadMetrics =
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
    private readonly Random _random = new(seed);
    private readonly List<(string Id, string ETag, Envelope Box)> _parks = [];

    /// <summary>How many tiles were compared.</summary>
    public int Compared { get; private set; }

    /// <summary>The tiles that still differed from the fresh ones <paramref name="patience"/> after the edit, described.</summary>
    public List<string> Stale { get; } = [];

    /// <summary>Makes <paramref name="edits"/> edits, each checked within <paramref name="patience"/>.</summary>
    public async Task RunAsync(int edits, TimeSpan patience)
    {
        for (var i = 0; i < edits; i++)
        {
            var roll = _random.NextDouble();
            if (_parks.Count == 0 || roll < 0.4)
            {
                var box = RandomBox();
                await CheckAsync(i, null, box, async () =>
                {
                    var id = $"park_fresh_{seed}_{i}";
                    using var created = await editor.PostAsync(Items, EditRequests.GeoJson(Park(id, box)));
                    Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
                    _parks.Add((id, created.ETag(), box));
                }, patience);
            }
            else
            {
                var index = _random.Next(_parks.Count);
                var (id, etag, old) = _parks[index];
                var moving = roll < 0.75;
                var box = moving ? RandomBox() : null;
                await CheckAsync(i, old, box, async () =>
                {
                    using var response = moving
                        ? await editor.SendAsync(HttpMethod.Put, $"{Items}/{id}", EditRequests.GeoJson(Park(id, box!)), etag)
                        : await editor.SendAsync(HttpMethod.Delete, $"{Items}/{id}", null, etag);
                    Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
                    if (moving)
                    {
                        _parks[index] = (id, response.ETag(), box!);
                    }
                    else
                    {
                        _parks.RemoveAt(index);
                    }
                }, patience);
            }
        }
    }

    private async Task CheckAsync(int edit, Envelope? before, Envelope? after, Func<Task> change, TimeSpan patience)
    {
        var tiles = new[] { before, after }.OfType<Envelope>()
            .SelectMany(box => Enumerable.Range(8, 7).SelectMany(zoom => WebMercatorQuad.TilesCovering(box, zoom).Tiles()))
            .Distinct()
            .ToList();
        // The tiles are fetched first, so the reader's cache holds what a stale answer would repeat.
        foreach (var tile in tiles)
        {
            await FetchAsync(tile);
        }

        await change();
        var layer = (await store.GetLayerAsync("parks"))!;
        var index = new FeatureIndexCache(store);
        var fresh = new VectorTiles(index, new TileCache(store, index, UnreadMetrics));
        foreach (var tile in tiles)
        {
            var expected = (await fresh.GetAsync(Tileset.Of(layer), tile, null, CancellationToken.None))?.Bytes ?? [];
            var waited = System.Diagnostics.Stopwatch.StartNew();
            var actual = await FetchAsync(tile);
            while (!actual.AsSpan().SequenceEqual(expected) && waited.Elapsed < patience)
            {
                await Task.Delay(20);
                actual = await FetchAsync(tile);
            }

            Compared++;
            if (!actual.AsSpan().SequenceEqual(expected))
            {
                Stale.Add($"edit {edit}: tile {tile} has {actual.Length} bytes, afresh {expected.Length}");
            }
        }
    }

    private async Task<byte[]> FetchAsync(TileAddress tile)
    {
        using var response = await reader.GetWithinRateAsync($"/collections/parks/tiles/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}");
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent, $"tile {tile}: {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    // A park of 200 m to 2 km across somewhere in the city, where the bundled parks are.
    private Envelope RandomBox()
    {
        var (lon, lat) = (123.25 + (_random.NextDouble() * 0.4), 41.65 + (_random.NextDouble() * 0.3));
        var size = 0.002 + (_random.NextDouble() * 0.018);
        return new Envelope(lon, lon + size, lat, lat + size);
    }

    private static string Park(string id, Envelope box)
    {
        string P(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var ring = $"[[{P(box.MinX)},{P(box.MinY)}],[{P(box.MaxX)},{P(box.MinY)}],[{P(box.MaxX)},{P(box.MaxY)}],[{P(box.MinX)},{P(box.MaxY)}],[{P(box.MinX)},{P(box.MinY)}]]";
        return $"{{\"type\": \"Feature\", \"id\": \"{id}\", \"geometry\": {{\"type\": \"MultiPolygon\", \"coordinates\": [[{ring}]]}}, " +
            "\"properties\": {\"name_zh\": \"随机公园\", \"name_en\": \"Random Park\", \"status\": \"planned\", \"target_year\": 2025, " +
            "\"source\": \"a tile freshness test\", \"accuracy_m\": 10}}";
    }
}
