using System.Globalization;
using System.Text.RegularExpressions;
using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>GDAL's WMS driver, a real client, reads the running service's capabilities and maps.</summary>
public sealed partial class WmsGdalTests(GeoPlanKestrelApp app) : IClassFixture<GeoPlanKestrelApp>
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;

    private string Wms => $"WMS:http://127.0.0.1:{app.Address.Port}/wms?SERVICE=WMS&VERSION=1.3.0";

    [SkippableFact]
    public async Task Gdalinfo_lists_every_layer_of_the_capabilities_as_a_subdataset()
    {
        ExternalTool.Require("gdalinfo", "gdal-bin");

        var (exitCode, output, error) = await ExternalTool.RunAsync("gdalinfo", $"{Wms}&REQUEST=GetCapabilities");

        Assert.True(exitCode == 0, error);
        var layers = SubdatasetLayers().Matches(output).Select(m => m.Groups["layers"].Value).ToList();
        Assert.Equal(Data.Layers.Select(l => l.Id).Append("geoplan").Order(), layers.Order());
    }

    [SkippableFact]
    public async Task Gdal_translate_copies_a_web_mercator_getmap_into_a_png_of_the_requested_size_with_the_park_in_place()
    {
        ExternalTool.Require("gdal_translate", "gdal-bin");
        using var directory = new TemporaryDirectory();
        var output = directory.File("parks.png");
        var view = MapView.Around("EPSG:3857", 123.37, 41.81, 123.49, 41.89, 512, 512);
        // GDAL asks for 1024-pixel blocks, where park names show; this point is inside Beiling Park but clear of its name.
        var beiling = Data.Features.Single(f => f.Id == "park-beiling").Geometry;
        var (lon, lat) = (123.422, 41.842);

        var (exitCode, _, error) = await ExternalTool.RunAsync(
            "gdal_translate", "-of", "PNG", "-outsize", "512", "512",
            $"{Wms}&REQUEST=GetMap&LAYERS=parks&CRS=EPSG:3857&BBOX={view.Bbox}&FORMAT=image/png", output);

        Assert.True(exitCode == 0, error);
        using var map = MapPixels.Decode(await File.ReadAllBytesAsync(output));
        Assert.Equal((512, 512), (map.Width, map.Height));
        Assert.True(beiling.Contains(beiling.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(lon, lat))));
        var (x, y) = view.Pixel(lon, lat);
        MapPixels.AssertColor(MapPixels.Fill(PlanStyle.Default, "parks", StyleColor.White), map.GetPixel(x, y), tolerance: 4);
        MapPixels.AssertColor(SkiaSharp.SKColors.White, map.GetPixel(3, 3), tolerance: 0);
    }

    [SkippableFact]
    public async Task Gdal_reads_a_latitude_first_epsg_4326_getmap_with_longitudes_east_and_latitudes_north()
    {
        ExternalTool.Require("gdalinfo", "gdal-bin");

        var (exitCode, output, error) = await ExternalTool.RunAsync(
            "gdalinfo", $"{Wms}&REQUEST=GetMap&LAYERS=parks&CRS=EPSG:4326&BBOX=41.81,123.37,41.89,123.49&FORMAT=image/png");

        Assert.True(exitCode == 0, error);
        var upperLeft = Corner().Match(output);
        Assert.True(upperLeft.Success, output);
        Assert.Equal(123.37, double.Parse(upperLeft.Groups["x"].Value, CultureInfo.InvariantCulture), 6);
        Assert.Equal(41.89, double.Parse(upperLeft.Groups["y"].Value, CultureInfo.InvariantCulture), 6);
    }

    [GeneratedRegex(@"SUBDATASET_\d+_NAME=WMS:\S*[?&]LAYERS=(?<layers>[^&\s]+)")]
    private static partial Regex SubdatasetLayers();

    [GeneratedRegex(@"Upper Left\s*\(\s*(?<x>-?[\d.]+),\s*(?<y>-?[\d.]+)\)")]
    private static partial Regex Corner();
}
