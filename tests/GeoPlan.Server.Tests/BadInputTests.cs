using System.Net;

namespace GeoPlan.Server.Tests;

/// <summary>Every malformed request gets a 400 problem+json naming the parameter and what is allowed; never a 500.</summary>
public sealed class BadInputTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("bbox=123,41,124", "bbox", "4 comma-separated numbers")]
    [InlineData("bbox=124,41,123,42", "bbox", "greater than maximum longitude")]
    [InlineData("bbox=123,41,124,95", "bbox", "latitudes must lie within -90..90")]
    [InlineData("bbox=a,b,c,d", "bbox", "is not a number")]
    [InlineData("limit=0", "limit", "from 1 to 10000")]
    [InlineData("limit=-1", "limit", "from 1 to 10000")]
    [InlineData("limit=abc", "limit", "from 1 to 10000")]
    [InlineData("limit=1000000000", "limit", "from 1 to 10000")]
    [InlineData("limit=10001", "limit", "from 1 to 10000")]
    [InlineData("offset=-5", "offset", "0 or more")]
    [InlineData("limit=5&limit=6", "limit", "give it once")]
    [InlineData("open_year=soon", "open_year", "not a valid integer")]
    [InlineData("colour=red", "colour", "neither a parameter")]
    [InlineData("f=xml", "f", "allowed: json, geojson")]
    [InlineData("year=next", "year", "from 1900 to 2100")]
    [InlineData("year=20250", "year", "from 1900 to 2100")]
    [InlineData("bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857", "bbox-crs", "is not supported")]
    public async Task Bad_items_parameters_are_400_problems_naming_the_parameter(string query, string parameter, string hint)
    {
        var problem = await _client.GetProblemAsync($"/collections/rail_stations/items?{query}", HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(hint, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/plan/tasks/99.1")]
    [InlineData("/plan/tasks/abc")]
    [InlineData("/collections/nowhere")]
    [InlineData("/collections/nowhere/items/x")]
    [InlineData("/collections/parks/items/nothing/tasks")]
    public async Task Unknown_things_are_404_problems(string url) => await _client.GetProblemAsync(url, HttpStatusCode.NotFound);
}
