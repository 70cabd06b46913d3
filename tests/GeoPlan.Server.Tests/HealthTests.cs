using System.Net;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Server.Tests;

public sealed class HealthTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task Healthz_and_readyz_answer_when_the_store_does()
    {
        await using var app = new GeoPlanApp(BundledGeodata.Directory.Path, _directory.File("store.gpkg"));
        var client = app.CreateClient();

        Assert.Equal("ok", (await client.GetJsonAsync("/healthz")).GetProperty("status").GetString());
        Assert.Equal("ready", (await client.GetJsonAsync("/readyz")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_unreachable_store_gives_503_with_retry_after_and_the_service_recovers_by_itself()
    {
        var store = _directory.File("store.gpkg");
        var away = _directory.File("moved.gpkg");
        await using var app = new GeoPlanApp(BundledGeodata.Directory.Path, store);
        var client = app.CreateClient();
        await client.GetJsonAsync("/collections/parks/items");

        File.Move(store, away);
        SqliteConnection.ClearAllPools();
        using var items = await client.GetAsync("/collections/parks/items");
        var problem = await client.GetProblemAsync("/collections/parks/items", HttpStatusCode.ServiceUnavailable);
        await client.GetProblemAsync("/readyz", HttpStatusCode.ServiceUnavailable);
        await client.GetJsonAsync("/healthz");

        Assert.Equal("5", items.Headers.RetryAfter?.ToString());
        Assert.Contains("try again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        File.Move(away, store);
        await client.GetJsonAsync("/collections/parks/items");
        await client.GetJsonAsync("/readyz");
    }

    public void Dispose() => _directory.Dispose();
}
