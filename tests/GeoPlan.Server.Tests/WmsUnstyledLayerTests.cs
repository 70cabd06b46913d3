using GeoPlan.Core.Tiles;
using GeoPlan.Testing;
using SkiaSharp;

namespace GeoPlan.Server.Tests;

/// <summary>A layer the plan style has no rule for, such as an imported one, is still drawn, plainly, never left out in silence.</summary>
public sealed class WmsUnstyledLayerTests : IDisposable
{
    private readonly TemporaryDirectory _geodata = new();
    private readonly GeoPlanApp _app;
    private readonly GeneratedLayer _plots;

    public WmsUnstyledLayerTests()
    {
        _plots = GeneratedGeodata.Write(_geodata.Path, 300, 21);
        _app = new GeoPlanApp(_geodata.Path, null);
    }

    public void Dispose()
    {
        _app.Dispose();
        _geodata.Dispose();
    }

    [Fact]
    public async Task A_map_of_a_layer_without_a_style_rule_draws_its_features()
    {
        using var client = _app.CreateClient();
        var plot = _plots.Features[0].Geometry.InteriorPoint;
        var tile = WebMercatorQuad.TileAt(plot.X, plot.Y, 15);
        var box = tile.MercatorBounds();
        var (x, y) = WebMercatorQuad.Project(plot.X, plot.Y);

        var bytes = await client.GetByteArrayAsync(
            $"/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=plots&STYLES=&CRS=EPSG:3857&WIDTH=256&HEIGHT=256&FORMAT=image/png" +
            $"&BBOX={box.MinX},{box.MinY},{box.MaxX},{box.MaxY}");

        using var image = SKBitmap.Decode(bytes);
        var column = (int)((x - box.MinX) / box.Width * 256);
        var row = (int)((box.MaxY - y) / box.Height * 256);
        Assert.NotEqual(SKColors.White, image.GetPixel(column, row));
    }
}
