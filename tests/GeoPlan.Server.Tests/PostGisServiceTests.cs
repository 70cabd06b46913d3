using System.Text.Json.Nodes;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>Configured for PostGIS, the service answers exactly as it does on the embedded store.</summary>
public sealed class PostGisServiceTests(PostGisApp postGis, GeoPlanApp geoPackage) : IClassFixture<PostGisApp>, IClassFixture<GeoPlanApp>
{
    [SkippableTheory]
    [InlineData("/collections")]
    [InlineData("/collections/rail_stations")]
    [InlineData("/collections/rail_stations/items?limit=50&offset=20")]
    [InlineData("/collections/rail_stations/items?bbox=123.35,41.75,123.5,41.85&status=operating&limit=1000")]
    [InlineData("/collections/rail_lines/items?mode=metro&limit=100")]
    [InlineData("/collections/districts/items/hunnan")]
    [InlineData("/collections/parks/items/park-beiling/tasks")]
    [InlineData("/plan/tasks")]
    [InlineData("/plan/tasks/3.1.2")]
    [InlineData("/plan/indicators")]
    [InlineData("/readyz")]
    public async Task Answers_equal_the_embedded_stores(string url)
    {
        TestPostGis.Require();

        var expected = await BodyAsync(geoPackage.CreateClient(), url);
        var actual = await BodyAsync(postGis.CreateClient(), url);

        Assert.Equal(expected, actual);
    }

    private static async Task<string> BodyAsync(HttpClient client, string url)
    {
        var body = JsonNode.Parse((await client.GetJsonAsync(url)).GetRawText())!;
        // The time of the answer is the one thing allowed to differ.
        Strip(body, "timeStamp");
        return body.ToJsonString();
    }

    private static void Strip(JsonNode? node, string name)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove(name);
                foreach (var (_, child) in o)
                {
                    Strip(child, name);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Strip(child, name);
                }

                break;
        }
    }
}
