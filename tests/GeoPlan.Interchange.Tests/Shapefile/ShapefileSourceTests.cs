using System.IO.Compression;
using GeoPlan.Interchange.Reading;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoPlan.Interchange.Tests.Shapefile;

/// <summary>Shapefiles written by GDAL come back feature by feature, Chinese text exact, or fail saying why.</summary>
public sealed class ShapefileSourceTests : IDisposable
{
    private const string Stations = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"id":"s1","name":"沈阳北站","district":"皇姑区","lines":4,"ratio":1.5},
         "geometry":{"type":"Point","coordinates":[123.4377,41.8216]}},
        {"type":"Feature","properties":{"id":"s2","name":"浑南区政府","district":"浑南区","lines":null,"ratio":null},"geometry":null},
        {"type":"Feature","properties":{"id":"s3","name":"桃仙机场","district":"浑南区","lines":1,"ratio":-0.25},
         "geometry":{"type":"Point","coordinates":[123.4921,41.6398]}}
        ]}
        """;

    private const string Districts = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"name":"和平区"},"geometry":{"type":"Polygon","coordinates":[
          [[123.0,41.0],[124.0,41.0],[124.0,42.0],[123.0,42.0],[123.0,41.0]],
          [[123.2,41.2],[123.2,41.4],[123.4,41.4],[123.4,41.2],[123.2,41.2]]]}},
        {"type":"Feature","properties":{"name":"浑南区"},"geometry":{"type":"MultiPolygon","coordinates":[
          [[[125.0,41.0],[126.0,41.0],[126.0,42.0],[125.0,42.0],[125.0,41.0]],
           [[125.5,41.5],[125.5,41.7],[125.7,41.7],[125.7,41.5],[125.5,41.5]]],
          [[[127.0,41.0],[127.5,41.0],[127.5,41.5],[127.0,41.0]]]]}}
        ]}
        """;

    private static readonly string[] StationNames = ["沈阳北站", "浑南区政府", "桃仙机场"];
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [SkippableTheory]
    [InlineData("GBK")]
    [InlineData("UTF-8")]
    public async Task A_shapefile_from_gdal_gives_its_features_in_order_with_chinese_text_exact(string encoding)
    {
        var shp = await Write("stations", Stations, "-lco", $"ENCODING={encoding}");
        Assert.Equal(encoding, File.ReadAllText(_directory.File("stations.cpg")));

        using var source = FeatureSources.Open(shp, new FeatureSourceOptions());
        var features = source.ReadFeatures().ToList();

        Assert.Equal("Shapefile", source.Format);
        Assert.Equal(StationNames, features.Select(f => f.Attributes["name"]));
        Assert.Equal(["皇姑区", "浑南区", "浑南区"], features.Select(f => f.Attributes["district"]));
        Assert.Equal(["s1", "s2", "s3"], features.Select(f => f.Id));
        Assert.DoesNotContain("id", features[0].Attributes.Keys);
        Assert.Equal(["record 1", "record 2", "record 3"], features.Select(f => f.Position));
        Assert.Equal(4L, features[0].Attributes["lines"]);
        Assert.Equal(1.5, features[0].Attributes["ratio"]);
        Assert.Equal(-0.25, features[2].Attributes["ratio"]);
        Assert.Null(features[1].Attributes["lines"]);
        Assert.Equal(new Coordinate(123.4377, 41.8216), ((Point)features[0].Geometry!).Coordinate);
        Assert.Null(features[1].Geometry);
        Assert.Equal("the record has no geometry", features[1].GeometryProblem);
        Assert.Null(features[0].GeometryProblem);
        Assert.Equal(1, source.Progress);
    }

    [SkippableFact]
    public async Task The_prj_text_is_the_declared_crs_as_written()
    {
        var shp = await Write("stations", Stations);

        using var source = FeatureSources.Open(shp, new FeatureSourceOptions());

        Assert.StartsWith("GEOGCS[\"GCS_WGS_1984\"", source.DeclaredCrs, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(_directory.File("stations.prj")).Trim(), source.DeclaredCrs);
        Assert.Null(source.ImpliedCrs);
    }

    [SkippableFact]
    public async Task Without_a_prj_the_declared_crs_is_null()
    {
        var shp = await Write("stations", Stations);
        File.Delete(_directory.File("stations.prj"));

        using var source = FeatureSources.Open(shp, new FeatureSourceOptions());

        Assert.Null(source.DeclaredCrs);
    }

    [SkippableFact]
    public async Task Without_a_cpg_the_language_driver_in_the_dbf_header_says_gbk()
    {
        // GDAL writes the language driver id 0x4D (code page 936) and no .cpg when asked for LDID/77.
        var shp = await Write("stations", Stations, "-lco", "ENCODING=LDID/77");
        Assert.False(File.Exists(_directory.File("stations.cpg")));

        var features = SourceFeatures.ReadAll(shp);

        Assert.Equal(StationNames, features.Select(f => f.Attributes["name"]));
    }

    [SkippableFact]
    public async Task A_gbk_shapefile_that_does_not_say_so_is_refused_with_how_to_fix_it()
    {
        var shp = await Write("stations", Stations, "-lco", "ENCODING=GBK");
        File.Delete(_directory.File("stations.cpg"));

        var error = Assert.Throws<SourceFormatException>(() => SourceFeatures.ReadAll(shp));

        Assert.Equal("stations.dbf", error.File);
        Assert.Equal("record 1", error.Position);
        Assert.Contains("not UTF-8", error.Problem, StringComparison.Ordinal);
        Assert.Contains(".cpg", error.Problem, StringComparison.Ordinal);
        Assert.Contains("GBK", error.Problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_error_comes_before_any_feature_even_when_the_first_records_are_ascii()
    {
        var shp = await Write("stations", Stations.Replace("沈阳北站", "Shenyang North", StringComparison.Ordinal)
            .Replace("皇姑区", "Huanggu", StringComparison.Ordinal), "-lco", "ENCODING=GBK");
        File.Delete(_directory.File("stations.cpg"));
        using var source = FeatureSources.Open(shp, new FeatureSourceOptions());
        using var features = source.ReadFeatures().GetEnumerator();

        var error = Assert.Throws<SourceFormatException>(() => features.MoveNext());

        Assert.Equal("record 2", error.Position);
    }

    [SkippableFact]
    public async Task An_encoding_chosen_for_the_import_reads_a_shapefile_that_does_not_say_its_own()
    {
        var shp = await Write("stations", Stations, "-lco", "ENCODING=GBK");
        File.Delete(_directory.File("stations.cpg"));

        var features = SourceFeatures.ReadAll(shp, new FeatureSourceOptions { Encoding = EncodingNames.Find("GBK") });

        Assert.Equal(StationNames, features.Select(f => f.Attributes["name"]));
    }

    [SkippableFact]
    public async Task A_utf8_shapefile_that_does_not_say_so_is_read_as_utf8()
    {
        var shp = await Write("stations", Stations, "-lco", "ENCODING=UTF-8");
        File.Delete(_directory.File("stations.cpg"));

        var features = SourceFeatures.ReadAll(shp);

        Assert.Equal(StationNames, features.Select(f => f.Attributes["name"]));
    }

    [SkippableTheory]
    [InlineData("936")]
    [InlineData("CP936")]
    [InlineData("GB18030")]
    [InlineData("gbk")]
    public async Task Cpg_files_name_gbk_as_esri_and_gdal_write_it(string cpg)
    {
        var shp = await Write("stations", Stations, "-lco", "ENCODING=GBK");
        File.WriteAllText(_directory.File("stations.cpg"), cpg + "\r\n");

        var features = SourceFeatures.ReadAll(shp);

        Assert.Equal(StationNames, features.Select(f => f.Attributes["name"]));
    }

    [SkippableFact]
    public async Task A_cpg_naming_an_unknown_encoding_is_refused()
    {
        var shp = await Write("stations", Stations, "-lco", "ENCODING=GBK");
        File.WriteAllText(_directory.File("stations.cpg"), "Klingon");

        var error = Assert.Throws<SourceFormatException>(() => SourceFeatures.ReadAll(shp));

        Assert.Equal("stations.cpg", error.File);
        Assert.Contains("Klingon", error.Problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_cpg_that_contradicts_the_text_is_refused_rather_than_read_as_garbage()
    {
        var shp = await Write("stations", Stations, "-lco", "ENCODING=GBK");
        File.WriteAllText(_directory.File("stations.cpg"), "UTF-8");

        var error = Assert.Throws<SourceFormatException>(() => SourceFeatures.ReadAll(shp));

        Assert.Equal("record 1", error.Position);
        Assert.Contains(".cpg", error.Problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Polygons_keep_their_holes_and_multipolygons_their_parts()
    {
        var shp = await Write("districts", Districts);
        var reader = new WKTReader();
        var expected = new[]
        {
            reader.Read("POLYGON ((123 41, 124 41, 124 42, 123 42, 123 41), (123.2 41.2, 123.2 41.4, 123.4 41.4, 123.4 41.2, 123.2 41.2))"),
            reader.Read("MULTIPOLYGON (((125 41, 126 41, 126 42, 125 42, 125 41), "
                + "(125.5 41.5, 125.5 41.7, 125.7 41.7, 125.7 41.5, 125.5 41.5)), ((127 41, 127.5 41, 127.5 41.5, 127 41)))"),
        };

        var features = SourceFeatures.ReadAll(shp);

        Assert.Equal(2, features.Count);
        // A Shapefile polygon record may hold several parts, so one-part polygons come back as a MultiPolygon of one.
        var first = Assert.IsType<MultiPolygon>(features[0].Geometry);
        Assert.Equal(1, first.NumGeometries);
        Assert.Equal(1, ((Polygon)first.GetGeometryN(0)).NumInteriorRings);
        Assert.True(first.EqualsTopologically(expected[0]));
        var second = Assert.IsType<MultiPolygon>(features[1].Geometry);
        Assert.Equal(2, second.NumGeometries);
        Assert.Equal([1, 0], Enumerable.Range(0, 2).Select(i => ((Polygon)second.GetGeometryN(i)).NumInteriorRings));
        Assert.True(second.EqualsTopologically(expected[1]));
    }

    [SkippableFact]
    public async Task A_hole_outside_its_polygon_is_a_geometry_problem_and_the_next_record_still_reads()
    {
        const string TwoSquares = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"两块"},"geometry":{"type":"MultiPolygon","coordinates":[
              [[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[2,0],[3,0],[3,1],[2,1],[2,0]]]]}},
            {"type":"Feature","properties":{"name":"一块"},"geometry":{"type":"Polygon","coordinates":[[[5,0],[6,0],[6,1],[5,1],[5,0]]]}}
            ]}
            """;
        var shp = await Write("squares", TwoSquares);
        ReverseSecondRingOfFirstRecord(shp);

        var features = SourceFeatures.ReadAll(shp);

        Assert.Equal(["两块", "一块"], features.Select(f => f.Attributes["name"]));
        Assert.Null(features[0].Geometry);
        Assert.StartsWith("the shape breaks the Shapefile format's rules", features[0].GeometryProblem, StringComparison.Ordinal);
        Assert.Equal(1, features[1].Geometry!.Area, 9);
    }

    [SkippableFact]
    public async Task A_zipped_shapefile_is_read_without_unpacking_it()
    {
        var shp = await Write("stations", Stations, "-lco", "ENCODING=GBK");
        var zip = Zip("stations.zip", "stations");
        var loose = SourceFeatures.ReadAll(shp);

        using var source = FeatureSources.Open(zip, new FeatureSourceOptions());
        var zipped = source.ReadFeatures().ToList();

        Assert.Equal(
            loose.Select(f => (f.Id, f.Position, f.Geometry?.AsText())), zipped.Select(f => (f.Id, f.Position, f.Geometry?.AsText())));
        Assert.Equal(StationNames, zipped.Select(f => f.Attributes["name"]));
        Assert.Equal(File.ReadAllText(_directory.File("stations.prj")).Trim(), source.DeclaredCrs);
        Assert.Equal(1, source.Progress);
    }

    [SkippableFact]
    public async Task A_zipped_shapefile_that_does_not_say_its_encoding_is_checked_for_utf8_inside_the_zip()
    {
        await Write("stations", Stations, "-lco", "ENCODING=UTF-8");
        File.Delete(_directory.File("stations.cpg"));
        var utf8 = Zip("utf8.zip", "stations");
        await Write("stations", Stations, "-lco", "ENCODING=GBK");
        File.Delete(_directory.File("stations.cpg"));
        var gbk = Zip("gbk.zip", "stations");

        var features = SourceFeatures.ReadAll(utf8);
        var error = Assert.Throws<SourceFormatException>(() => SourceFeatures.ReadAll(gbk));

        Assert.Equal(StationNames, features.Select(f => f.Attributes["name"]));
        Assert.Equal("gbk.zip/stations.dbf", error.File);
        Assert.Contains("not UTF-8", error.Problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_zip_holding_several_shapefiles_names_them_and_reads_the_one_chosen()
    {
        await Write("stations", Stations);
        await Write("districts", Districts);
        var zip = Zip("plan.zip", "stations", "districts");

        var error = Assert.Throws<SourceFormatException>(() => FeatureSources.Open(zip, new FeatureSourceOptions()));
        var districts = SourceFeatures.ReadAll(zip, new FeatureSourceOptions { Layer = "districts" });

        Assert.Equal("plan.zip", error.File);
        Assert.Contains("stations", error.Problem, StringComparison.Ordinal);
        Assert.Contains("districts", error.Problem, StringComparison.Ordinal);
        Assert.Equal(["和平区", "浑南区"], districts.Select(f => f.Attributes["name"]));
    }

    [SkippableTheory]
    [InlineData(".dbf")]
    [InlineData(".shx")]
    public async Task A_missing_part_is_named(string extension)
    {
        var shp = await Write("stations", Stations);
        File.Delete(_directory.File("stations" + extension));

        var error = Assert.Throws<SourceFormatException>(() => FeatureSources.Open(shp, new FeatureSourceOptions()));

        Assert.Equal("stations" + extension, error.File);
        Assert.Contains("missing", error.Problem, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(".shp")]
    [InlineData(".dbf")]
    public async Task A_part_cut_in_half_fails_naming_the_record_where_it_ends(string extension)
    {
        var shp = await Write("stations", Many(40), "-lco", "ENCODING=UTF-8");
        var part = _directory.File("stations" + extension);
        using (var file = new FileStream(part, FileMode.Open))
        {
            file.SetLength(file.Length / 2);
        }

        var error = Assert.Throws<SourceFormatException>(() => SourceFeatures.ReadAll(shp));

        Assert.Equal("stations" + extension, error.File);
        Assert.Matches(@"^record \d+$", error.Position);
        Assert.Contains("cut short", error.Problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_zipped_part_cut_short_fails_the_same_way()
    {
        await Write("stations", Many(40));
        var dbf = _directory.File("stations.dbf");
        File.WriteAllBytes(dbf, File.ReadAllBytes(dbf)[..(int)(new FileInfo(dbf).Length * 2 / 3)]);
        var zip = Zip("stations.zip", "stations");

        var error = Assert.Throws<SourceFormatException>(() => SourceFeatures.ReadAll(zip));

        Assert.Equal("stations.zip/stations.dbf", error.File);
        Assert.Matches(@"^record \d+$", error.Position);
    }

    [SkippableFact]
    public async Task Features_are_read_as_they_are_consumed()
    {
        var shp = await Write("stations", Many(3000));
        using var source = FeatureSources.Open(shp, new FeatureSourceOptions());
        using var features = source.ReadFeatures().GetEnumerator();

        Assert.True(features.MoveNext());
        var early = source.Progress;
        var rest = 1;
        while (features.MoveNext())
        {
            rest++;
        }

        Assert.Equal(3000, rest);
        Assert.InRange(early, 0, 0.1);
        Assert.Equal(1, source.Progress);
    }

    private static string Many(int count)
    {
        var features = Enumerable.Range(1, count).Select(i =>
            $$"""{"type":"Feature","properties":{"name":"站点{{i}}"},"geometry":"""
            + $$"""{"type":"Point","coordinates":[{{123 + (i * 0.0001)}},41.8]""" + "}}");
        return $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";
    }

    // A polygon record's outer rings run clockwise and its holes anticlockwise; turning the second square around makes it a hole
    // outside the first.
    private static void ReverseSecondRingOfFirstRecord(string shp)
    {
        var bytes = File.ReadAllBytes(shp);
        const int Parts = 100 + 8 + 4 + 32;
        var partCount = BitConverter.ToInt32(bytes, Parts);
        var pointCount = BitConverter.ToInt32(bytes, Parts + 4);
        var secondStart = BitConverter.ToInt32(bytes, Parts + 12);
        var ringPoints = pointCount - secondStart;
        var points = Parts + 8 + (4 * partCount) + (secondStart * 16);
        var ring = bytes.AsSpan(points, ringPoints * 16).ToArray();
        for (var i = 0; i < ringPoints; i++)
        {
            ring.AsSpan(i * 16, 16).CopyTo(bytes.AsSpan(points + ((ringPoints - 1 - i) * 16)));
        }

        File.WriteAllBytes(shp, bytes);
    }

    private async Task<string> Write(string name, string geoJson, params string[] options)
    {
        // Without an ENCODING, GDAL writes ISO-8859-1 and turns Chinese text into question marks.
        var shp = _directory.File(name + ".shp");
        await Ogr2Ogr.ConvertAsync(_directory, geoJson, "ESRI Shapefile", shp, options.Length > 0 ? options : ["-lco", "ENCODING=UTF-8"]);
        return shp;
    }

    private string Zip(string name, params string[] shapefiles)
    {
        var zip = _directory.File(name);
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        var files = shapefiles.SelectMany(s => Directory.EnumerateFiles(_directory.Path, s + ".*"));
        foreach (var file in files.Where(f => !f.EndsWith(".zip", StringComparison.Ordinal)))
        {
            archive.CreateEntryFromFile(file, Path.GetFileName(file));
        }

        return zip;
    }
}
