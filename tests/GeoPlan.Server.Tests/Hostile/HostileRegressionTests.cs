using System.Net;
using System.Xml.Linq;

namespace GeoPlan.Server.Tests.Hostile;

/// <summary>The malformed requests that once got a 500, each answered now as the API answers bad input.</summary>
public sealed class HostileRegressionTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("/wms?SERVICE=WMS&REQUEST=%00")]
    [InlineData("/wms?SERVICE=WMS&REQUEST=%01%1F%7F")]
    public async Task A_wms_value_with_characters_xml_cannot_hold_is_a_service_exception_not_a_500(string url)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        var report = XDocument.Parse(body);
        Assert.Equal("ServiceExceptionReport", report.Root!.Name.LocalName);
        Assert.Contains('\uFFFD', report.Root.Value);
    }
}
