using System.IO.Compression;
using System.Text;
using GeoPlan.Interchange.Reading;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Tests.Kml;

/// <summary>KML and KMZ files give every placemark, however deep in folders, with its data and geometry in lon/lat.</summary>
public sealed class KmlSourceTests : IDisposable
{
    private const string Plan = """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2">
        <Document>
          <name>沈阳都市圈</name>
          <Folder>
            <name>枢纽</name>
            <Placemark id="hub-1">
              <name>沈阳北站</name>
              <description><![CDATA[<b>高铁</b> & 地铁]]></description>
              <ExtendedData>
                <Data name="lines"><displayName>线路数</displayName><value>4</value></Data>
                <Data name="opened"><value>true</value></Data>
                <Data name="code"><value>0024</value></Data>
              </ExtendedData>
              <Point><coordinates>123.4377,41.8216,52</coordinates></Point>
            </Placemark>
            <Folder>
              <Placemark>
                <name>浑南区</name>
                <Polygon>
                  <outerBoundaryIs><LinearRing><coordinates>
                    120,40,0 130,40,0 130,50,0 120,50,0 120,40,0
                  </coordinates></LinearRing></outerBoundaryIs>
                  <innerBoundaryIs><LinearRing><coordinates>121,41 121,42 122,42 122,41 121,41</coordinates></LinearRing></innerBoundaryIs>
                  <innerBoundaryIs><LinearRing><coordinates>123,43 123,44 124,44 124,43 123,43</coordinates></LinearRing></innerBoundaryIs>
                </Polygon>
              </Placemark>
            </Folder>
          </Folder>
          <Placemark>
            <name>站点</name>
            <MultiGeometry>
              <Point><coordinates>123.1,41.1</coordinates></Point>
              <Point><coordinates>123.2, 41.2</coordinates></Point>
            </MultiGeometry>
          </Placemark>
          <Placemark>
            <name>线和面</name>
            <MultiGeometry>
              <LineString><coordinates>123,41 124,42</coordinates></LineString>
              <Polygon><outerBoundaryIs><LinearRing><coordinates>0,0 1,0 1,1 0,0</coordinates></LinearRing></outerBoundaryIs></Polygon>
            </MultiGeometry>
          </Placemark>
          <Placemark>
            <name>坏坐标</name>
            <LineString><coordinates>123,41 东经124,42</coordinates></LineString>
            <ExtendedData><Data name="after"><value>still read</value></Data></ExtendedData>
          </Placemark>
          <Placemark><name>无几何</name></Placemark>
        </Document>
        </kml>
        """;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Every_placemark_in_every_folder_comes_in_file_order_with_its_data_and_geometry()
    {
        var path = Write("plan.kml", Plan);

        using var source = FeatureSources.Open(path, new FeatureSourceOptions());
        var features = source.ReadFeatures().ToList();

        Assert.Equal("KML", source.Format);
        Assert.Equal("CRS84", source.ImpliedCrs);
        Assert.Null(source.DeclaredCrs);
        Assert.Equal(["沈阳北站", "浑南区", "站点", "线和面", "坏坐标", "无几何"], features.Select(f => f.Attributes["name"]));
        Assert.Equal(["line 7", "line 18", "line 30", "line 37", "line 44", "line 49"], features.Select(f => f.Position));
        Assert.Equal(["hub-1", null, null, null, null, null], features.Select(f => f.Id));
        Assert.Equal(1, source.Progress);
    }

    [Fact]
    public void Names_descriptions_and_extended_data_become_attributes_typed_by_their_values()
    {
        var hub = SourceFeatures.ReadAll(Write("plan.kml", Plan))[0];

        Assert.Equal("<b>高铁</b> & 地铁", hub.Attributes["description"]);
        Assert.Equal(4L, hub.Attributes["lines"]);
        Assert.Equal(true, hub.Attributes["opened"]);
        Assert.Equal("0024", hub.Attributes["code"]);
        Assert.Equal(new Coordinate(123.4377, 41.8216), hub.Geometry!.Coordinate);
        Assert.True(double.IsNaN(hub.Geometry.Coordinate.Z));
    }

    [Fact]
    public void Polygons_keep_their_holes_and_multigeometries_become_multi_geometries_or_collections()
    {
        var features = SourceFeatures.ReadAll(Write("plan.kml", Plan));

        var district = Assert.IsType<Polygon>(features[1].Geometry);
        Assert.Equal(2, district.NumInteriorRings);
        Assert.Equal(100 - 1 - 1, district.Area, 9);
        var stops = Assert.IsType<MultiPoint>(features[2].Geometry);
        Assert.Equal(new Coordinate(123.2, 41.2), stops.GetGeometryN(1).Coordinate);
        var mixed = Assert.IsType<GeometryCollection>(features[3].Geometry);
        Assert.Equal(["LineString", "Polygon"], Enumerable.Range(0, 2).Select(i => mixed.GetGeometryN(i).GeometryType));
    }

    [Fact]
    public void Coordinates_that_cannot_be_read_are_a_geometry_problem_and_the_rest_of_the_placemark_still_reads()
    {
        var features = SourceFeatures.ReadAll(Write("plan.kml", Plan));

        Assert.Null(features[4].Geometry);
        Assert.Equal("line 46: '东经124,42' is not a coordinate tuple lon,lat[,alt]", features[4].GeometryProblem);
        Assert.Equal("still read", features[4].Attributes["after"]);
        Assert.Null(features[5].Geometry);
        Assert.Equal("the placemark has no geometry", features[5].GeometryProblem);
    }

    [Fact]
    public void A_kmz_is_read_from_its_doc_kml_without_unpacking_it()
    {
        var kmz = _directory.File("plan.kmz");
        using (var archive = ZipFile.Open(kmz, ZipArchiveMode.Create))
        {
            Add(archive, "files/other.kml", "<kml/>");
            Add(archive, "doc.kml", Plan);
        }

        var loose = SourceFeatures.ReadAll(Write("plan.kml", Plan));
        using var source = FeatureSources.Open(kmz, new FeatureSourceOptions());
        var zipped = source.ReadFeatures().ToList();

        Assert.Equal(loose.Select(f => (f.Position, f.Geometry?.AsText())), zipped.Select(f => (f.Position, f.Geometry?.AsText())));
        Assert.Equal(1, source.Progress);
    }

    [SkippableFact]
    public async Task Kml_written_by_gdal_keeps_chinese_names_and_schema_data()
    {
        var path = _directory.File("gdal.kml");
        await Ogr2Ogr.ConvertAsync(_directory, """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"Name":"沈阳北站","description":"高铁站","lines":4,"ratio":1.5},
             "geometry":{"type":"Point","coordinates":[123.4377,41.8216]}},
            {"type":"Feature","properties":{"Name":"浑南区","description":null,"lines":null,"ratio":-0.25},
             "geometry":{"type":"Polygon","coordinates":[
              [[123.0,41.0],[124.0,41.0],[124.0,42.0],[123.0,42.0],[123.0,41.0]],
              [[123.2,41.2],[123.2,41.4],[123.4,41.4],[123.4,41.2],[123.2,41.2]]]}}
            ]}
            """, "KML", path);

        var features = SourceFeatures.ReadAll(path);

        Assert.Equal(["沈阳北站", "浑南区"], features.Select(f => f.Attributes["name"]));
        Assert.Equal("高铁站", features[0].Attributes["description"]);
        Assert.Equal(4L, features[0].Attributes["lines"]);
        Assert.Equal(1.5, features[0].Attributes["ratio"]);
        Assert.Equal(-0.25, features[1].Attributes["ratio"]);
        Assert.Equal(new Coordinate(123.4377, 41.8216), features[0].Geometry!.Coordinate);
        Assert.Equal(1, Assert.IsType<Polygon>(features[1].Geometry).NumInteriorRings);
    }

    [Fact]
    public void A_truncated_file_fails_with_the_line_and_position_where_it_ends()
    {
        var path = Write("cut.kml", Plan[..Plan.IndexOf("<Polygon>", StringComparison.Ordinal)]);
        using var source = FeatureSources.Open(path, new FeatureSourceOptions());
        var read = new List<SourceFeature>();

        var error = Assert.Throws<SourceFormatException>(() => read.AddRange(source.ReadFeatures()));

        Assert.Equal("cut.kml", error.File);
        Assert.Matches(@"^line 2\d, position \d+$", error.Position);
        Assert.Contains("not well-formed XML", error.Problem, StringComparison.Ordinal);
        Assert.Single(read);
    }

    [Fact]
    public void Xml_that_is_not_kml_is_refused()
    {
        var path = Write("gpx.kml", "<?xml version=\"1.0\"?><gpx version=\"1.1\"><wpt lat=\"41\" lon=\"123\"/></gpx>");

        var error = Assert.Throws<SourceFormatException>(() => FeatureSources.Open(path, new FeatureSourceOptions()));

        Assert.Contains("<gpx>", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Placemarks_are_read_as_they_are_consumed()
    {
        var kml = new StringBuilder("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n");
        for (var i = 0; i < 20_000; i++)
        {
            kml.Append("<Placemark><name>地块 ").Append(i).Append("</name>")
                .Append("<Point><coordinates>123.").Append(i).Append(",41.5</coordinates></Point></Placemark>\n");
        }

        using var source = FeatureSources.Open(Write("many.kml", kml.Append("</Document></kml>").ToString()), new FeatureSourceOptions());
        using var features = source.ReadFeatures().GetEnumerator();

        Assert.True(features.MoveNext());
        var early = source.Progress;
        var count = 1;
        while (features.MoveNext())
        {
            count++;
        }

        Assert.Equal(20_000, count);
        Assert.InRange(early, 0, 0.1);
        Assert.Equal(1, source.Progress);
    }

    private static void Add(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(text);
    }

    private string Write(string name, string text)
    {
        var path = _directory.File(name);
        File.WriteAllText(path, text);
        return path;
    }
}
