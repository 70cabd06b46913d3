using System.Net;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.Writing;
using GeoPlan.Testing;
using GeoPlan.Testing.Export;

namespace GeoPlan.Server.Tests;

/// <summary><c>/collections/{id}/export</c>: each format streamed as an attachment that GDAL reads back whole.</summary>
public sealed class ExportApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private readonly HttpClient _client = app.CreateClient();

    [SkippableTheory]
    [InlineData("geojson", "EPSG:4550", "rail_lines-EPSG-4550.geojson")]
    [InlineData("gpkg", "EPSG:4550", "rail_lines-EPSG-4550.gpkg")]
    [InlineData("shp", "EPSG:4550", "rail_lines-EPSG-4550.shp.zip")]
    [InlineData("csv", "EPSG:4550", "rail_lines-EPSG-4550.csv")]
    [InlineData("kml", null, "rail_lines.kml")]
    public async Task Each_format_is_an_attachment_gdal_reads_with_every_feature(string f, string? crs, string fileName)
    {
        ExternalTool.Require("ogr2ogr", "gdal-bin");
        Assert.True(ExportFormat.TryFind(f, out var format));
        using var directory = new TemporaryDirectory();
        var path = directory.File(fileName);

        using var response = await _client.GetAsync($"/collections/rail_lines/export?f={f}{(crs is null ? "" : "&crs=" + crs)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format.MediaType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var layer = Data.Layers.Single(l => l.Id == "rail_lines");
        var shapefile = format == ExportFormat.Shapefile;
        var read = await GdalReader.ReadAsync(shapefile ? $"/vsizip/{path}/rail_lines.shp" : path, format == ExportFormat.Csv ? crs : null);
        ExportAssertions.SameFeatures(
            layer,
            Data.Features.Where(x => x.Layer == "rail_lines").ToList(),
            read,
            shapefile ? ShapefileExportWriter.RenamedFields(layer).ToDictionary(r => r.Field, r => r.WrittenAs) : null,
            shapefile ? ExportAssertions.DbfTextBytes : null);
    }

    [SkippableFact]
    public async Task Year_keeps_the_features_of_that_scenario()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("stations.gpkg");

        using var response = await _client.GetAsync(
            "/collections/rail_stations/export?f=gpkg&year=2023&crs=http://www.opengis.net/def/crs/EPSG/0/4550");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("rail_stations-2023-EPSG-4550.gpkg", response.Content.Headers.ContentDisposition?.FileName);
        var expected = Data.Features.Where(f => f.Layer == "rail_stations" && new ScenarioYear(2023).Includes(f)).ToList();
        Assert.True(expected.Count < Data.Features.Count(f => f.Layer == "rail_stations"));
        ExportAssertions.SameFeatures(Data.Layers.Single(l => l.Id == "rail_stations"), expected, await GdalReader.ReadAsync(path));
    }

    [Theory]
    [InlineData("", "f", "f is required")]
    [InlineData("f=xls", "f", "allowed: geojson, gpkg, shp, csv, kml")]
    [InlineData("f=csv&crs=EPSG:9999", "crs", "allowed: CRS84, EPSG:4326")]
    [InlineData("f=kml&crs=EPSG:4550", "crs", "KML is always WGS 84 longitude/latitude")]
    [InlineData("f=gpkg&year=next", "year", "from 1900 to 2100")]
    [InlineData("f=gpkg&f=csv", "f", "give it once")]
    [InlineData("f=gpkg&limit=5", "limit", "allowed: f, crs, year")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string query, string parameter, string hint)
    {
        var problem = await _client.GetProblemAsync($"/collections/parks/export?{query}", HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(hint, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_collection_is_a_404_problem_listing_the_collections()
    {
        var problem = await _client.GetProblemAsync("/collections/nowhere/export?f=csv", HttpStatusCode.NotFound);

        Assert.Contains("available: metro_cities", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_collection_links_an_enclosure_per_format_with_its_type_and_title()
    {
        var collection = await _client.GetJsonAsync("/collections/parks");

        var enclosures = collection.GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("rel").GetString() == "enclosure").ToList();
        Assert.Equal(ExportFormat.All.Count, enclosures.Count);
        foreach (var (link, format) in enclosures.Zip(ExportFormat.All))
        {
            Assert.EndsWith($"/collections/parks/export?f={format.Name}", link.GetProperty("href").GetString(), StringComparison.Ordinal);
            Assert.Equal(format.MediaType, link.GetProperty("type").GetString());
            Assert.Equal($"Parks as {format.Title}", link.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task The_api_document_lists_the_formats_and_crss_an_export_accepts()
    {
        var api = await _client.GetJsonAsync("/api");

        var export = api.GetProperty("paths").GetProperty("/collections/{collectionId}/export");
        var parameters = export.GetProperty("get").GetProperty("parameters");
        Assert.Equal(["collectionId", "f", "crs", "year"], parameters.Strings("name"));
        var f = parameters.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "f");
        Assert.True(f.GetProperty("required").GetBoolean());
        var formats = f.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(ExportFormat.All.Select(x => x.Name), formats);
    }

    [Fact]
    public async Task Head_answers_with_the_attachments_headers_and_no_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/collections/parks/export?f=gpkg");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("parks.gpkg", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
