using System.Net;
using System.Text;
using GeoPlan.Core.Security;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>On PostGIS, recorded indicator values go through the guarded store and come back as on the embedded one.</summary>
public sealed class PostGisIndicatorActualsApiTests(PostGisApp postGis) : IClassFixture<PostGisApp>
{
    [SkippableFact]
    public async Task A_value_recorded_over_http_is_kept_in_postgis_with_its_history()
    {
        TestPostGis.Require();
        using var client = await AccessTokens.CreateAsync(postGis, AccessRole.Editor, "metro-office");
        const string Body = """{"value": 150, "source": "沈阳地铁运营里程 (test)", "as_of": "2024-01-10"}""";

        using var first = await client.PutAsync("/plan/indicators/32/actuals/2023", new StringContent(Body, Encoding.UTF8, "application/json"));
        using var second = await client.PutAsync(
            "/plan/indicators/32/actuals/2023", new StringContent(Body.Replace("150", "165", StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var actuals = await client.GetJsonAsync("/plan/indicators/32/actuals");
        Assert.Equal(165, Assert.Single(actuals.GetProperty("current").EnumerateArray()).GetProperty("value").GetDouble());
        Assert.Equal([150.0, 165.0], actuals.GetProperty("history").EnumerateArray().Select(r => r.GetProperty("value").GetDouble()));
        Assert.All(
            actuals.GetProperty("history").EnumerateArray(), r => Assert.Equal("metro-office", r.GetProperty("recorded_by").GetString()));
    }
}
