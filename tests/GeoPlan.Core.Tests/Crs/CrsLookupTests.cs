using GeoPlan.Core.Crs;

namespace GeoPlan.Core.Tests.Crs;

public sealed class CrsLookupTests
{
    [Theory]
    [InlineData("EPSG:4529", "EPSG:4529")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4529", "EPSG:4529")]
    [InlineData("https://www.opengis.net/def/crs/EPSG/0/4529", "EPSG:4529")]
    [InlineData("urn:ogc:def:crs:EPSG::4529", "EPSG:4529")]
    [InlineData("URN:OGC:DEF:CRS:EPSG:10.076:4529", "EPSG:4529")]
    [InlineData("urn:x-ogc:def:crs:EPSG:4529", "EPSG:4529")]
    [InlineData("http://www.opengis.net/gml/srs/epsg.xml#4529", "EPSG:4529")]
    [InlineData(" urn:ogc:def:crs:EPSG::4326 ", "EPSG:4326")]
    [InlineData("urn:ogc:def:crs:EPSG::3857", "EPSG:3857")]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", "CRS84")]
    [InlineData("urn:ogc:def:crs:OGC::CRS84", "CRS84")]
    [InlineData("OGC:CRS84", "CRS84")]
    [InlineData("crs84", "CRS84")]
    public void Finds_every_crs_by_code_uri_or_urn(string key, string code)
    {
        Assert.True(CrsRegistry.TryFind(key, out var crs));

        Assert.Equal(code, crs.Code);
    }

    [Theory]
    [InlineData("EPSG:4512")]
    [InlineData("EPSG:4555")]
    [InlineData("urn:ogc:def:crs:EPSG::2384")]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS83")]
    [InlineData("EPSG:")]
    [InlineData("EPSG:4550x")]
    [InlineData("GCJ-2")]
    public void Does_not_find_what_it_does_not_register(string key) => Assert.False(CrsRegistry.TryFind(key, out _));

    [Fact]
    public void The_services_list_stays_the_five_they_always_offered()
    {
        // WMS GetCapabilities and OGC API - Maps list CrsRegistry.All; the zones and web-map systems are for reading data.
        Assert.Equal(["CRS84", "EPSG:4326", "EPSG:3857", "EPSG:4490", "EPSG:4550"], CrsRegistry.All.Select(c => c.Code));
        Assert.Same(CrsRegistry.Cgcs2000Gk123, CrsRegistry.All[^1]);
    }
}
