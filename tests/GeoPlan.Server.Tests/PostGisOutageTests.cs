using System.Net;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>Stopping and starting the real database under a running service: it starts anyway, answers 503, and recovers alone.</summary>
/// <remarks>These tests stop the shared cluster, so they run alone: tools/test.sh runs the ClusterFault category after everything else.</remarks>
[Collection(nameof(PostGisOutageTests))]
[CollectionDefinition(nameof(PostGisOutageTests), DisableParallelization = true)]
[Trait("Category", "ClusterFault")]
public sealed class PostGisOutageTests
{
    [SkippableFact]
    public async Task A_service_started_while_the_database_is_down_answers_503_then_recovers_without_a_restart()
    {
        var cluster = PostGisCluster.Require();
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        await PostGisLoader.LoadAsync(database.DataSource, BundledGeodata.Result.Dataset);
        var port = ServerProcess.FreePort();
        var settings = new Dictionary<string, string>
        {
            ["GeoPlan__Store"] = "postgis",
            ["ConnectionStrings__GeoPlan"] = database.ConnectionString,
        };

        await PostGisCluster.StopAsync(cluster);
        try
        {
            await using var server = ServerProcess.Start(["--urls", $"http://127.0.0.1:{port}"], settings);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            Assert.True(await server.AnswersAsync($"http://127.0.0.1:{port}/healthz"), server.Output);

            using var items = await client.GetAsync("/collections/rail_stations/items");
            var problem = await client.GetProblemAsync("/collections/rail_stations/items", HttpStatusCode.ServiceUnavailable);
            await client.GetProblemAsync("/readyz", HttpStatusCode.ServiceUnavailable);
            Assert.NotNull(items.Headers.RetryAfter);
            Assert.Contains("cannot reach PostgreSQL", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", server.Output, StringComparison.Ordinal);

            await PostGisCluster.StartAsync(cluster);
            Assert.True(await server.AnswersAsync($"http://127.0.0.1:{port}/readyz"), server.Output);
            var page = await client.GetJsonAsync("/collections/rail_stations/items");
            Assert.Equal(BundledGeodata.Result.Dataset.Features.Count(f => f.Layer == "rail_stations"), page.GetProperty("numberMatched").GetInt32());
        }
        finally
        {
            if (!File.Exists(Path.Combine(cluster.Data, "postmaster.pid")))
            {
                await PostGisCluster.StartAsync(cluster);
            }
        }
    }
}
