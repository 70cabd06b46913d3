using System.IO.Compression;
using System.Text;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.Writing;
using GeoPlan.Testing;
using GeoPlan.Testing.Export;

namespace GeoPlan.Interchange.Tests.Export;

public sealed class ShapefileExportTests
{
    [Fact]
    public void Long_field_names_are_cut_to_ten_bytes_and_collisions_numbered_in_column_order()
    {
        var names = DbfFieldNames.Shorten(
            ["id", "accuracy_m", "target_year", "target_year_null_reason", "target_yea", "open_year_null_reason", "ID"]);

        Assert.Equal(["id", "accuracy_m", "target_yea", "target_ye1", "target_ye2", "open_year_", "ID1"], names);
    }

    [Fact]
    public void Names_are_cut_between_characters_and_never_past_ten_bytes()
    {
        var names = DbfFieldNames.Shorten(["名称_中文_全称", "名称_中文_简称"]);

        Assert.All(names, n => Assert.True(Encoding.UTF8.GetByteCount(n) <= 10, n));
        Assert.Equal(["名称_中", "名称_1"], names);
    }

    [Fact]
    public async Task The_zip_holds_the_five_files_with_utf8_code_page_and_reports_renames_and_cut_text()
    {
        var layer = BundledLayer.Named("rail_lines");
        using var directory = new TemporaryDirectory();
        var path = directory.File("rail_lines.shp.zip");

        var summary = await layer.ExportAsync(ExportFormat.Shapefile, CrsRegistry.Crs84, path);

        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(
            ["rail_lines.cpg", "rail_lines.dbf", "rail_lines.prj", "rail_lines.shp", "rail_lines.shx"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using (var cpg = new StreamReader(zip.GetEntry("rail_lines.cpg")!.Open()))
        {
            Assert.Equal("UTF-8", await cpg.ReadToEndAsync());
        }

        Assert.Contains(new RenamedField("target_year", "target_yea"), summary.RenamedFields);
        Assert.Contains(new RenamedField("target_year_null_reason", "target_ye1"), summary.RenamedFields);
        Assert.DoesNotContain(summary.RenamedFields, r => r.Field == "accuracy_m");
        var longSources = layer.Features.Count(f => Encoding.UTF8.GetByteCount(f.Source) > 254);
        Assert.Contains(
            summary.Notes, n => n.StartsWith($"source: {longSources} value(s) longer than 254 bytes", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Loose_files_open_in_gdal_as_the_same_layer()
    {
        var layer = BundledLayer.Named("rail_stations");
        using var directory = new TemporaryDirectory();

        var summary = await ShapefileExportWriter.WriteFilesAsync(
            layer.Info, layer.Features.ToAsyncEnumerable(), CrsRegistry.Cgcs2000Gk123, directory.Path, "stations");

        Assert.All(ShapefileExportWriter.FilesOf(directory.Path, "stations"), f => Assert.True(File.Exists(f), f));
        var read = await GdalReader.ReadAsync(directory.File("stations.shp"));
        var renamed = summary.RenamedFields.ToDictionary(r => r.Field, r => r.WrittenAs);
        ExportAssertions.SameFeatures(layer.Info, layer.Features, read, renamed, ExportAssertions.DbfTextBytes);
    }

    public static TheoryData<string> RegisteredCrs() => new(CrsRegistry.All.Select(c => c.Code));

    [SkippableTheory]
    [MemberData(nameof(RegisteredCrs))]
    public async Task Gdal_identifies_the_prj_of_every_registered_crs_as_its_epsg_code(string code)
    {
        ExternalTool.Require("gdalsrsinfo", "gdal-bin");
        Assert.True(CrsRegistry.TryFind(code, out var crs));
        var layer = BundledLayer.Named("parks");
        using var directory = new TemporaryDirectory();

        await ShapefileExportWriter.WriteFilesAsync(layer.Info, layer.Features.ToAsyncEnumerable(), crs, directory.Path, "parks");

        var (exitCode, output, error) = await ExternalTool.RunAsync("gdalsrsinfo", "-e", directory.File("parks.prj"));
        Assert.True(exitCode == 0, error);
        // An exact match has no "Confidence" line: the names, not only the parameters, are the ones Esri and PROJ know.
        Assert.Equal($"EPSG:{crs.Srid}", output.Split('\n', StringSplitOptions.TrimEntries).First(l => l.Length > 0));
        Assert.DoesNotContain("Confidence", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_empty_collection_is_a_valid_empty_shapefile()
    {
        var layer = BundledLayer.Named("rail_lines");
        using var directory = new TemporaryDirectory();

        var summary = await ShapefileExportWriter.WriteFilesAsync(
            layer.Info, AsyncEnumerable.Empty<PlanFeature>(), CrsRegistry.Crs84, directory.Path, "none");

        Assert.Equal(0, summary.FeatureCount);
        var info = await GdalReader.SummaryAsync(directory.File("none.shp"));
        Assert.Contains("Feature Count: 0", info, StringComparison.Ordinal);
        Assert.Contains("Geometry: Line String", info, StringComparison.Ordinal);
    }
}
