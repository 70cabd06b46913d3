using GeoPlan.Interchange.Reading;
using GeoPlan.Interchange.Reading.Osm;
using GeoPlan.Testing;

namespace GeoPlan.Interchange.Tests.Osm;

/// <summary>A small hand-written OSM extract near Shenyang station, with one case of everything the reader must tell apart.</summary>
internal static class OsmTestFile
{
    // Roads 100-110 (105 footway and 109 construction left out; 106 uses node 999, which is not in the file; 107 has one node),
    // railways 200-204 (202 construction and 203 abandoned left out), stations: nodes 20, 22, 23 and area way 210
    // (node 21 and way 211 are bus stations). Relation 300 must be skipped.
    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6" generator="GeoPlan tests">
          <bounds minlat="41.79" minlon="123.39" maxlat="41.86" maxlon="123.46"/>
          <node id="1" version="1" lat="41.8000000" lon="123.4000000"/>
          <node id="2" version="1" lat="41.8000000" lon="123.4100000"/>
          <node id="3" version="1" lat="41.8000000" lon="123.4200000"/>
          <node id="4" version="1" lat="41.8100000" lon="123.4300000"/>
          <node id="5" version="1" lat="41.8100000" lon="123.4400000"/>
          <node id="6" version="1" lat="41.8200000" lon="123.4000000"/>
          <node id="7" version="1" lat="41.8200000" lon="123.4100000"/>
          <node id="8" version="1" lat="41.8300000" lon="123.4200000"/>
          <node id="9" version="1" lat="41.8300000" lon="123.4300000"/>
          <node id="10" version="1" lat="41.8400000" lon="123.4400000"/>
          <node id="11" version="1" lat="41.8500000" lon="123.4500000"/>
          <node id="12" version="1" lat="41.8500000" lon="123.4520000"/>
          <node id="13" version="1" lat="41.8520000" lon="123.4520000"/>
          <node id="14" version="1" lat="41.8520000" lon="123.4500000"/>
          <node id="20" version="1" lat="41.8056789" lon="123.4301234">
            <tag k="railway" v="station"/>
            <tag k="public_transport" v="station"/>
            <tag k="station" v="subway"/>
            <tag k="subway" v="yes"/>
            <tag k="name" v="青年大街"/>
            <tag k="name:zh" v="青年大街站"/>
            <tag k="name:en" v="Qingnian Dajie"/>
            <tag k="network" v="沈阳地铁"/>
            <tag k="operator" v="沈阳地铁集团有限公司"/>
          </node>
          <node id="21" version="1" lat="41.8060000" lon="123.4310000">
            <tag k="public_transport" v="station"/>
            <tag k="bus" v="yes"/>
            <tag k="name" v="长途客运站"/>
          </node>
          <node id="22" version="1" lat="41.8070000" lon="123.4320000">
            <tag k="railway" v="halt"/>
            <tag k="name" v="虎石台"/>
          </node>
          <node id="23" version="1" lat="41.8080000" lon="123.4330000">
            <tag k="public_transport" v="station"/>
            <tag k="train" v="yes"/>
            <tag k="name" v="沈阳站"/>
          </node>
          <way id="100" version="1">
            <nd ref="1"/><nd ref="2"/><nd ref="3"/>
            <tag k="highway" v="motorway"/>
            <tag k="name" v="沈海高速"/>
            <tag k="name:zh" v="沈海高速公路"/>
            <tag k="name:en" v="Shenhai Expressway"/>
            <tag k="ref" v="G15"/>
            <tag k="maxspeed" v="120"/>
            <tag k="lanes" v="3"/>
          </way>
          <way id="101" version="1">
            <nd ref="3"/><nd ref="4"/><nd ref="5"/>
            <tag k="highway" v="primary"/>
            <tag k="name" v="青年大街"/>
            <tag k="name:en" v="Qingnian Street"/>
            <tag k="maxspeed" v="40 mph"/>
            <tag k="oneway" v="yes"/>
            <tag k="lanes" v="4"/>
          </way>
          <way id="102" version="1">
            <nd ref="6"/><nd ref="7"/>
            <tag k="highway" v="secondary"/>
            <tag k="name" v="北陵大街"/>
            <tag k="maxspeed" v="CN:urban"/>
          </way>
          <way id="103" version="1">
            <nd ref="7"/><nd ref="8"/>
            <tag k="highway" v="residential"/>
            <tag k="name" v="长江街"/>
            <tag k="oneway" v="-1"/>
          </way>
          <way id="104" version="1">
            <nd ref="3"/><nd ref="9"/>
            <tag k="highway" v="motorway_link"/>
            <tag k="maxspeed" v="60 km/h"/>
            <tag k="oneway" v="yes"/>
          </way>
          <way id="105" version="1">
            <nd ref="9"/><nd ref="10"/>
            <tag k="highway" v="footway"/>
          </way>
          <way id="106" version="1">
            <nd ref="10"/><nd ref="999"/>
            <tag k="highway" v="service"/>
          </way>
          <way id="107" version="1">
            <nd ref="10"/>
            <tag k="highway" v="unclassified"/>
          </way>
          <way id="108" version="1">
            <nd ref="8"/><nd ref="9"/><nd ref="10"/><nd ref="8"/>
            <tag k="highway" v="tertiary"/>
            <tag k="junction" v="roundabout"/>
          </way>
          <way id="109" version="1">
            <nd ref="4"/><nd ref="9"/>
            <tag k="highway" v="construction"/>
            <tag k="construction" v="primary"/>
          </way>
          <way id="110" version="1">
            <nd ref="5"/><nd ref="10"/>
            <tag k="highway" v="trunk"/>
            <tag k="lanes" v="2;3"/>
            <tag k="oneway" v="no"/>
          </way>
          <way id="200" version="1">
            <nd ref="1"/><nd ref="6"/><nd ref="8"/>
            <tag k="railway" v="subway"/>
            <tag k="name" v="沈阳地铁1号线"/>
            <tag k="name:en" v="Shenyang Metro Line 1"/>
            <tag k="ref" v="1"/>
            <tag k="electrified" v="rail"/>
            <tag k="gauge" v="1435"/>
            <tag k="maxspeed" v="80"/>
          </way>
          <way id="201" version="1">
            <nd ref="2"/><nd ref="7"/><nd ref="9"/>
            <tag k="railway" v="rail"/>
            <tag k="name" v="京哈铁路"/>
            <tag k="usage" v="main"/>
            <tag k="electrified" v="contact_line"/>
            <tag k="gauge" v="1435"/>
            <tag k="maxspeed" v="160"/>
          </way>
          <way id="202" version="1">
            <nd ref="4"/><nd ref="5"/>
            <tag k="railway" v="construction"/>
          </way>
          <way id="203" version="1">
            <nd ref="4"/><nd ref="10"/>
            <tag k="railway" v="abandoned"/>
          </way>
          <way id="204" version="1">
            <nd ref="5"/><nd ref="9"/>
            <tag k="railway" v="rail"/>
            <tag k="service" v="yard"/>
          </way>
          <way id="210" version="1">
            <nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="14"/><nd ref="11"/>
            <tag k="railway" v="station"/>
            <tag k="public_transport" v="station"/>
            <tag k="train" v="yes"/>
            <tag k="name" v="沈阳北站"/>
            <tag k="name:en" v="Shenyang North"/>
          </way>
          <way id="211" version="1">
            <nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="11"/>
            <tag k="public_transport" v="station"/>
            <tag k="bus" v="yes"/>
          </way>
          <relation id="300" version="1">
            <member type="way" ref="200" role=""/>
            <tag k="type" v="route"/>
            <tag k="route" v="subway"/>
          </relation>
        </osm>
        """;

    /// <summary>Writes the extract as OSM XML into <paramref name="directory"/> and returns its path.</summary>
    public static string WriteXml(TemporaryDirectory directory, string name = "extract.osm", string text = Xml)
    {
        var path = directory.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Reads every feature of <paramref name="layer"/> from <paramref name="path"/>.</summary>
    public static List<SourceFeature> Read(string path, string layer)
    {
        using var source = new OsmSource(path, new FeatureSourceOptions { Layer = layer });
        return [.. source.ReadFeatures()];
    }
}
