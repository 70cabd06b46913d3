using System.Text;
using System.Text.Json;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.Writing;
using GeoPlan.Testing;
using GeoPlan.Testing.Export;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Tests.Export;

/// <summary>What GeoJSON, CSV and KML promise beyond a GDAL round trip: the CRS they state, digits, quoting and KML's WGS 84.</summary>
public sealed class TextFormatTests
{
    [Fact]
    public async Task Geojson_in_wgs84_is_rfc7946_without_a_crs_member()
    {
        var json = await ExportTextAsync(ExportFormat.GeoJson, CrsRegistry.Crs84);

        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.TryGetProperty("crs", out _));
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        var first = document.RootElement.GetProperty("features")[0];
        Assert.Equal("park-beiling", first.GetProperty("id").GetString());
        Assert.Equal("北陵公园", first.GetProperty("properties").GetProperty("name_zh").GetString());
    }

    [Fact]
    public async Task Geojson_in_another_crs_names_it_and_keeps_millimetres()
    {
        var json = await ExportTextAsync(ExportFormat.GeoJson, CrsRegistry.Cgcs2000Gk123);

        using var document = JsonDocument.Parse(json);
        var crsName = document.RootElement.GetProperty("crs").GetProperty("properties").GetProperty("name");
        Assert.Equal("urn:ogc:def:crs:EPSG::4550", crsName.GetString());
        var coordinates = document.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0][0];
        foreach (var position in coordinates.EnumerateArray())
        {
            var easting = position[0].GetRawText();
            Assert.True(easting.Length - easting.IndexOf('.', StringComparison.Ordinal) - 1 <= 3, easting);
            Assert.InRange(position[0].GetDouble(), 450_000, 550_000);
        }
    }

    [SkippableFact]
    public async Task Csv_quotes_commas_quotes_and_line_breaks_as_rfc4180_and_gdal_reads_them_back()
    {
        var layer = BundledLayer.Named("rail_stations");
        var tricky = layer.Features[0] with { NameEn = "Quote \"A\", comma,\nand a new line", NameZh = "" };
        using var directory = new TemporaryDirectory();
        var path = directory.File("tricky.csv");
        await using (var file = File.Create(path))
        {
            await new CsvExportWriter().WriteAsync(layer.Info, new[] { tricky }.ToAsyncEnumerable(), CrsRegistry.Crs84, file);
        }

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("WKT,id,name_zh,name_en,status,", text, StringComparison.Ordinal);
        Assert.Contains(",\"\",\"Quote \"\"A\"\", comma,\nand a new line\",", text, StringComparison.Ordinal);
        var read = Assert.Single(await GdalReader.ReadAsync(path, "OGC:CRS84"));
        Assert.Equal(tricky.NameEn, read.Properties["name_en"].GetString());
    }

    [Fact]
    public void Kml_in_another_crs_is_refused_saying_kml_is_always_wgs84()
    {
        var problem = ExportFormat.Kml.CrsProblem(CrsRegistry.Cgcs2000Gk123);

        Assert.NotNull(problem);
        Assert.Contains("always WGS 84 longitude/latitude", problem, StringComparison.Ordinal);
        Assert.Contains("EPSG:4550", problem, StringComparison.Ordinal);
        Assert.Null(ExportFormat.Kml.CrsProblem(CrsRegistry.Wgs84));
        Assert.All(ExportFormat.All.Where(f => f != ExportFormat.Kml), f => Assert.Null(f.CrsProblem(CrsRegistry.Cgcs2000Gk123)));
    }

    [Fact]
    public async Task Kml_writer_will_not_write_another_crs()
    {
        var layer = BundledLayer.Named("parks");

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            new KmlExportWriter().WriteAsync(layer.Info, layer.Features.ToAsyncEnumerable(), CrsRegistry.WebMercator, Stream.Null));

        Assert.Contains("always WGS 84", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kml_placemarks_are_named_in_chinese_with_typed_extended_data()
    {
        var kml = await ExportTextAsync(ExportFormat.Kml, CrsRegistry.Crs84);

        Assert.Contains("<kml xmlns=\"http://www.opengis.net/kml/2.2\">", kml, StringComparison.Ordinal);
        Assert.Contains("<SimpleField name=\"open_year\" type=\"int\" />", kml, StringComparison.Ordinal);
        Assert.Contains("<SimpleField name=\"accuracy_m\" type=\"double\" />", kml, StringComparison.Ordinal);
        Assert.Contains("<name>北陵公园</name>", kml, StringComparison.Ordinal);
        Assert.Contains("<SimpleData name=\"id\">park-beiling</SimpleData>", kml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_geometry_of_another_family_than_its_layer_is_an_error_naming_the_feature()
    {
        var layer = BundledLayer.Named("parks");
        var stray = layer.Features[0] with { Geometry = new Point(123.4, 41.8) };

        var error = await Assert.ThrowsAsync<ExportException>(() =>
            new GeoJsonExportWriter().WriteAsync(layer.Info, new[] { stray }.ToAsyncEnumerable(), CrsRegistry.Crs84, Stream.Null));

        Assert.Contains($"feature '{stray.Id}' of 'parks' is a Point", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> ExportTextAsync(ExportFormat format, CrsDefinition crs)
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("parks." + format.Extension);
        await BundledLayer.Named("parks").ExportAsync(format, crs, path);
        return await File.ReadAllTextAsync(path);
    }
}
