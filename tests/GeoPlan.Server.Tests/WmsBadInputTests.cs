using System.Net;
using System.Xml.Linq;

namespace GeoPlan.Server.Tests;

/// <summary>Every malformed WMS request gets a 400 ServiceExceptionReport with the right code and locator; never a 500.</summary>
public sealed class WmsBadInputTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private const string Map = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=parks&STYLES=&CRS=CRS:84&WIDTH=300&HEIGHT=200&FORMAT=image/png";
    private const string Bbox = "BBOX=123.37,41.81,123.49,41.89";
    private const string Info = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=parks&STYLES=&CRS=CRS:84&BBOX=123.37,41.81,123.49,41.89&WIDTH=300&HEIGHT=200";
    private static readonly XNamespace Ogc = "http://www.opengis.net/ogc";

    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("map", "FORMAT=image/jpeg", "InvalidFormat", "FORMAT")]
    [InlineData("map", "CRS=EPSG:9999", "InvalidCRS", "CRS")]
    [InlineData("map", "LAYERS=nowhere", "LayerNotDefined", "LAYERS")]
    [InlineData("map", "LAYERS=parks,nowhere&STYLES=,", "LayerNotDefined", "LAYERS")]
    [InlineData("map", "STYLES=fancy", "StyleNotDefined", "STYLES")]
    [InlineData("map", "STYLES=default,default", "InvalidParameterValue", "STYLES")]
    [InlineData("map", "WIDTH=0", "InvalidParameterValue", "WIDTH")]
    [InlineData("map", "WIDTH=100000", "InvalidParameterValue", "WIDTH")]
    [InlineData("map", "HEIGHT=-5", "InvalidParameterValue", "HEIGHT")]
    [InlineData("map", "HEIGHT=2.5", "InvalidParameterValue", "HEIGHT")]
    [InlineData("map-without-bbox", "BBOX=123.49,41.81,123.37,41.89", "InvalidParameterValue", "BBOX")]
    [InlineData("map-without-bbox", "BBOX=123.37,41.81,123.37,41.89", "InvalidParameterValue", "BBOX")]
    [InlineData("map-without-bbox", "BBOX=123.37,41.81,123.49", "InvalidParameterValue", "BBOX")]
    [InlineData("map-without-bbox", "BBOX=a,b,c,d", "InvalidParameterValue", "BBOX")]
    [InlineData("map-without-bbox", "BBOX=NaN,41.81,123.49,41.89", "InvalidParameterValue", "BBOX")]
    [InlineData("map-without-bbox", "CRS=EPSG:4326&BBOX=123.37,41.81,123.49,41.89", "InvalidParameterValue", "BBOX")]
    [InlineData("map-without-bbox", "CRS=EPSG:4490&BBOX=123.37,41.81,123.49,41.89", "InvalidParameterValue", "BBOX")]
    [InlineData("map-without-bbox", "", "MissingParameterValue", "BBOX")]
    [InlineData("map", "WIDTH=", "MissingParameterValue", "WIDTH")]
    [InlineData("map", "CRS=", "MissingParameterValue", "CRS")]
    [InlineData("map", "LAYERS=", "MissingParameterValue", "LAYERS")]
    [InlineData("map", "FORMAT=", "MissingParameterValue", "FORMAT")]
    [InlineData("map", "TRANSPARENT=maybe", "InvalidParameterValue", "TRANSPARENT")]
    [InlineData("map", "BGCOLOR=greenish", "InvalidParameterValue", "BGCOLOR")]
    [InlineData("map", "LANGUAGE=fr", "InvalidParameterValue", "LANGUAGE")]
    [InlineData("map", "YEAR=next", "InvalidParameterValue", "YEAR")]
    [InlineData("map", "YEAR=20250", "InvalidParameterValue", "YEAR")]
    [InlineData("map", "VERSION=1.1.1", "VersionNegotiationFailed", "VERSION")]
    [InlineData("map", "VERSION=", "MissingParameterValue", "VERSION")]
    [InlineData("map", "SERVICE=WFS", "InvalidParameterValue", "SERVICE")]
    [InlineData("map", "LAYERS=parks&LAYERS=roads", "InvalidParameterValue", "LAYERS")]
    [InlineData("none", "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCoverage", "OperationNotSupported", "REQUEST")]
    [InlineData("none", "SERVICE=WMS&VERSION=1.3.0", "MissingParameterValue", "REQUEST")]
    [InlineData("none", "REQUEST=GetCapabilities", "MissingParameterValue", "SERVICE")]
    [InlineData("none", "SERVICE=WMS&REQUEST=GetCapabilities&UPDATESEQUENCE=99999999T999999Z", "InvalidUpdateSequence", "UPDATESEQUENCE")]
    [InlineData("info", "QUERY_LAYERS=geoplan&INFO_FORMAT=application/json&I=10&J=10", "LayerNotQueryable", "QUERY_LAYERS")]
    [InlineData("info", "QUERY_LAYERS=nowhere&INFO_FORMAT=application/json&I=10&J=10", "LayerNotDefined", "QUERY_LAYERS")]
    [InlineData("info", "INFO_FORMAT=application/json&I=10&J=10", "MissingParameterValue", "QUERY_LAYERS")]
    [InlineData("info", "QUERY_LAYERS=parks&INFO_FORMAT=application/json&I=300&J=10", "InvalidPoint", "I")]
    [InlineData("info", "QUERY_LAYERS=parks&INFO_FORMAT=application/json&I=-1&J=10", "InvalidPoint", "I")]
    [InlineData("info", "QUERY_LAYERS=parks&INFO_FORMAT=application/json&I=10&J=200", "InvalidPoint", "J")]
    [InlineData("info", "QUERY_LAYERS=parks&INFO_FORMAT=application/json&I=10", "MissingParameterValue", "J")]
    [InlineData("info", "QUERY_LAYERS=parks&INFO_FORMAT=text/plain&I=10&J=10", "InvalidFormat", "INFO_FORMAT")]
    [InlineData("info", "QUERY_LAYERS=parks&INFO_FORMAT=application/json&I=10&J=10&FEATURE_COUNT=0", "InvalidParameterValue", "FEATURE_COUNT")]
    [InlineData("none", "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=nowhere&FORMAT=image/png", "LayerNotDefined", "LAYER")]
    [InlineData("none", "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png", "MissingParameterValue", "LAYER")]
    [InlineData("none", "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=parks&FORMAT=image/gif", "InvalidFormat", "FORMAT")]
    [InlineData("none", "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=parks&STYLE=fancy", "StyleNotDefined", "STYLE")]
    public async Task Bad_requests_are_400_service_exception_reports_with_the_code_and_locator(string request, string changes, string code, string locator)
    {
        var basis = request switch
        {
            "map" => $"{Map}&{Bbox}",
            "map-without-bbox" => Map,
            "info" => Info,
            _ => "",
        };

        var exception = await GetExceptionAsync(With(basis, changes));

        Assert.Equal(code, exception.Attribute("code")?.Value);
        Assert.Equal(locator, exception.Attribute("locator")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(exception.Value));
    }

    [Fact]
    public async Task A_latitude_first_crs_given_a_longitude_first_bbox_says_which_order_it_takes()
    {
        var exception = await GetExceptionAsync(With(Map, "CRS=EPSG:4326&BBOX=123.37,41.81,123.49,41.89"));

        Assert.Contains("minLat,minLon,maxLat,maxLon", exception.Value, StringComparison.Ordinal);
        Assert.Contains("latitude first", exception.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_the_capabilities_the_client_already_holds_is_current_update_sequence()
    {
        using var response = await _client.GetAsync("/wms?SERVICE=WMS&REQUEST=GetCapabilities");
        var current = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Attribute("updateSequence")!.Value;

        var exception = await GetExceptionAsync($"SERVICE=WMS&REQUEST=GetCapabilities&UPDATESEQUENCE={current}");
        using var older = await _client.GetAsync("/wms?SERVICE=WMS&REQUEST=GetCapabilities&UPDATESEQUENCE=0");

        Assert.Equal("CurrentUpdateSequence", exception.Attribute("code")?.Value);
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
    }

    [Theory]
    [InlineData("CRS=EPSG:3857&BBOX=-20037508.34,-20037508.34,20037508.34,20037508.34")]
    [InlineData("CRS=EPSG:3857&BBOX=-1e12,-1e12,1e12,1e12")]
    [InlineData("CRS=EPSG:4550&BBOX=-1e9,-1e9,1e9,1e9")]
    [InlineData("CRS=EPSG:4550&BBOX=9000000,9000000,9000100,9000100")]
    [InlineData("CRS=CRS:84&BBOX=-180,-90,180,90")]
    [InlineData("CRS=CRS:84&BBOX=-360,-90,360,90")]
    [InlineData("CRS=EPSG:4326&BBOX=-90,-180,90,180")]
    [InlineData("CRS=EPSG:4490&BBOX=89.999,179.999,90,180")]
    [InlineData("CRS=EPSG:3857&BBOX=13736825,5135548,13736825.001,5135548.001")]
    public async Task Extreme_but_valid_extents_draw_a_map(string query)
    {
        using var response = await _client.GetAsync($"/wms?{With(Map, $"LAYERS=geoplan&{query}")}");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    // The changes replace the basis's parameters of the same name; a name the changes repeat stays repeated.
    private static string With(string basis, string changes)
    {
        static IEnumerable<string> Pairs(string query) => query.Split('&', StringSplitOptions.RemoveEmptyEntries);
        static string Name(string pair) => pair.Split('=')[0];
        var changed = Pairs(changes).Select(Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return string.Join("&", Pairs(basis).Where(p => !changed.Contains(Name(p))).Concat(Pairs(changes)));
    }

    private async Task<XElement> GetExceptionAsync(string query)
    {
        using var response = await _client.GetAsync($"/wms?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode} {body}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var report = XDocument.Parse(body).Root!;
        Assert.Equal(Ogc + "ServiceExceptionReport", report.Name);
        Assert.Equal("1.3.0", report.Attribute("version")?.Value);
        return Assert.Single(report.Elements(Ogc + "ServiceException"));
    }
}
