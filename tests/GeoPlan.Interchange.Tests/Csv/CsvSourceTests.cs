using System.Text;
using GeoPlan.Interchange.Reading;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Tests.Csv;

/// <summary>CSV files come back row by row, with point or WKT geometry, or fail naming a line.</summary>
public sealed class CsvSourceTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Quoted_fields_keep_their_commas_quotes_and_line_breaks_and_lines_are_counted_through_them()
    {
        var path = Write("stations.csv",
            "id,name,lon,lat,note\r\n"
            + "s1,沈阳北站,123.4377,41.8216,\"高铁站, 北口\"\r\n"
            + "s2,\"浑南\"\"新\"\"区\",123.5,41.7,\"第一行\r\n第二行\"\r\n"
            + "s3,桃仙机场,123.4921,41.6398,\r\n");

        using var source = FeatureSources.Open(path, new FeatureSourceOptions());
        var features = source.ReadFeatures().ToList();

        Assert.Equal("CSV", source.Format);
        Assert.Equal(["s1", "s2", "s3"], features.Select(f => f.Id));
        Assert.Equal(["line 2", "line 3", "line 5"], features.Select(f => f.Position));
        Assert.Equal(["沈阳北站", "浑南\"新\"区", "桃仙机场"], features.Select(f => f.Attributes["name"]));
        Assert.Equal(["高铁站, 北口", "第一行\r\n第二行", null], features.Select(f => f.Attributes["note"]));
        Assert.Equal(["name", "note"], features[0].Attributes.Keys);
        Assert.Equal(new Coordinate(123.4377, 41.8216), ((Point)features[0].Geometry!).Coordinate);
        Assert.Null(source.DeclaredCrs);
        Assert.Null(source.ImpliedCrs);
        Assert.Equal(1, source.Progress);
    }

    [Fact]
    public void A_byte_order_mark_and_lf_line_ends_are_read_like_any_utf8_file()
    {
        var path = _directory.File("bom.csv");
        var withBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        File.WriteAllText(path, "Longitude,Latitude,名称\n123.1,41.1,沈阳\n123.2,41.2,铁岭", withBom);

        var features = SourceFeatures.ReadAll(path);

        Assert.Equal(["沈阳", "铁岭"], features.Select(f => f.Attributes["名称"]));
        Assert.Equal(["line 2", "line 3"], features.Select(f => f.Position));
        Assert.Equal(123.2, ((Point)features[1].Geometry!).X);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void A_header_that_uses_semicolons_or_tabs_sets_the_delimiter(char delimiter)
    {
        var header = string.Join(delimiter, "name", "x", "y", "area");
        var path = Write("europe.csv", header + "\n" + string.Join(delimiter, "Lyon, France", "4.85", "45.76", "47.87") + "\n");

        var feature = Assert.Single(SourceFeatures.ReadAll(path));

        Assert.Equal("Lyon, France", feature.Attributes["name"]);
        Assert.Equal(47.87, feature.Attributes["area"]);
        Assert.Equal(new Coordinate(4.85, 45.76), feature.Geometry!.Coordinate);
    }

    [Fact]
    public void Chinese_coordinate_headers_and_an_excel_gbk_file_read_with_the_encoding_chosen()
    {
        var path = _directory.File("gbk.csv");
        File.WriteAllBytes(path, EncodingNames.Find("GBK")!.GetBytes("名称,经度,纬度\r\n沈阳北站,123.4377,41.8216\r\n"));

        var feature = Assert.Single(SourceFeatures.ReadAll(path, new FeatureSourceOptions { Encoding = EncodingNames.Find("GBK") }));
        var error = Assert.Throws<SourceFormatException>(() => SourceFeatures.ReadAll(path));

        Assert.Equal("沈阳北站", feature.Attributes["名称"]);
        Assert.Equal(new Coordinate(123.4377, 41.8216), feature.Geometry!.Coordinate);
        Assert.Equal("gbk.csv", error.File);
        Assert.Equal("line 1", error.Position);
        Assert.Contains("GBK", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused_naming_the_line_it_is_on()
    {
        var path = _directory.File("late.csv");
        var gbk = EncodingNames.Find("GBK")!;
        byte[] text = [.. Encoding.UTF8.GetBytes("name,lon,lat\nA,123.1,41.1\nB,123.2,41.2\n"), .. gbk.GetBytes("沈阳,123.3,41.3\n")];
        File.WriteAllBytes(path, text);

        var error = Assert.Throws<SourceFormatException>(() => SourceFeatures.ReadAll(path));

        Assert.Equal("line 4", error.Position);
        Assert.Contains("not utf-8", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12", 12L)]
    [InlineData("-3", -3L)]
    [InlineData("0", 0L)]
    [InlineData("1.5", 1.5)]
    [InlineData("-2.5e3", -2500.0)]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("", null)]
    [InlineData("0024", "0024")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    [InlineData("NaN", "NaN")]
    [InlineData("1e999", "1e999")]
    [InlineData(" 5", " 5")]
    [InlineData("沈阳", "沈阳")]
    public void Each_value_takes_the_type_it_reads_as(string text, object? expected)
    {
        var path = Write("values.csv", $"lon,lat,value\n123,41,\"{text}\"\n");

        var feature = Assert.Single(SourceFeatures.ReadAll(path));

        Assert.Equal(expected, feature.Attributes["value"]);
    }

    [Fact]
    public void A_wkt_column_gives_any_geometry_and_a_bad_one_is_a_problem_of_its_line()
    {
        var path = Write("zones.csv",
            "name,WKT\n"
            + "和平区,\"POLYGON ((123 41, 124 41, 124 42, 123 42, 123 41), (123.2 41.2, 123.2 41.4, 123.4 41.4, 123.4 41.2, 123.2 41.2))\"\n"
            + "地铁,\"LINESTRING (123 41, 124 42)\"\n"
            + "坏,POLYGON ((1 2\n"
            + "空,\n");

        var features = SourceFeatures.ReadAll(path);

        Assert.Equal(4, features.Count);
        Assert.Equal(1, ((Polygon)features[0].Geometry!).NumInteriorRings);
        Assert.IsType<LineString>(features[1].Geometry);
        Assert.Null(features[2].Geometry);
        Assert.StartsWith("line 4: the WKT 'POLYGON ((1 2'", features[2].GeometryProblem, StringComparison.Ordinal);
        Assert.Null(features[3].Geometry);
        Assert.Equal("line 5: the WKT is empty", features[3].GeometryProblem);
        Assert.DoesNotContain("WKT", features[0].Attributes.Keys);
    }

    [Fact]
    public void A_coordinate_that_is_not_a_number_leaves_the_feature_without_geometry_saying_where_and_what()
    {
        var path = Write("points.csv", "name,lng,lat\nA,123.1,41.1\nB,东经123度,41.2\nC,123.3,\n");

        var features = SourceFeatures.ReadAll(path);

        Assert.Equal(3, features.Count);
        Assert.NotNull(features[0].Geometry);
        Assert.Null(features[1].Geometry);
        Assert.Equal("line 3: the lng '东经123度' is not a number", features[1].GeometryProblem);
        Assert.Null(features[2].Geometry);
        Assert.Equal("line 4: the lat is empty", features[2].GeometryProblem);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_fails_naming_its_line()
    {
        var path = Write("rows.csv", "name,lon,lat\nA,123.1,41.1\n\"B, with \"\"comma\"\"\",123.2,41.2\nC,123,3,41.3\n");

        var error = Assert.Throws<SourceFormatException>(() => SourceFeatures.ReadAll(path));

        Assert.Equal("rows.csv", error.File);
        Assert.Equal("line 4", error.Position);
        Assert.Contains("4 fields but the header has 3", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_that_never_closes_fails_naming_the_line_it_opens_on()
    {
        var path = Write("open.csv", "name,lon,lat\nA,123.1,41.1\n\"B,123.2,41.2\nC,123.3,41.3\n");

        var error = Assert.Throws<SourceFormatException>(() => SourceFeatures.ReadAll(path));

        Assert.Equal("line 3", error.Position);
        Assert.Contains("closing quote", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_geometry_columns_is_refused_listing_what_it_has_and_what_is_looked_for()
    {
        var path = Write("plain.csv", "name,east,north\nA,1,2\n");

        var error = Assert.Throws<SourceFormatException>(() => FeatureSources.Open(path, new FeatureSourceOptions()));

        Assert.Equal("line 1", error.Position);
        Assert.Contains("name, east, north", error.Problem, StringComparison.Ordinal);
        Assert.Contains("lon|lng|long|longitude|x|经度", error.Problem, StringComparison.Ordinal);
        Assert.Contains("lat|latitude|y|纬度", error.Problem, StringComparison.Ordinal);
        Assert.Contains("wkt|geometry|geom|the_geom", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name,lon,longitude,lat", "'lon' and 'longitude'")]
    [InlineData("name,x,y,wkt", "'wkt'")]
    [InlineData("name,geom,the_geom", "'geom' and 'the_geom'")]
    public void Two_candidates_for_the_geometry_are_refused(string header, string named)
    {
        var path = Write("two.csv", header + "\n");

        var error = Assert.Throws<SourceFormatException>(() => FeatureSources.Open(path, new FeatureSourceOptions()));

        Assert.Contains(named, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_are_read_as_they_are_consumed()
    {
        var rows = new StringBuilder("name,lon,lat\n");
        for (var i = 0; i < 60_000; i++)
        {
            rows.Append("plot ").Append(i).Append(",123.").Append(i).Append(",41.5\n");
        }

        var path = Write("many.csv", rows.ToString());
        using var source = FeatureSources.Open(path, new FeatureSourceOptions());
        using var features = source.ReadFeatures().GetEnumerator();

        Assert.True(features.MoveNext());
        var early = source.Progress;
        var count = 1;
        while (features.MoveNext())
        {
            count++;
        }

        Assert.Equal(60_000, count);
        Assert.InRange(early, 0, 0.2);
        Assert.Equal(1, source.Progress);
    }

    private string Write(string name, string text)
    {
        var path = _directory.File(name);
        File.WriteAllText(path, text);
        return path;
    }
}
