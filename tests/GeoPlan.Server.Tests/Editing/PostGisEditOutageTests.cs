using System.Collections.Concurrent;
using System.Net;
using GeoPlan.Core.Security;
using GeoPlan.Testing;
using Npgsql;

namespace GeoPlan.Server.Tests.Editing;

/// <summary>Restarting the real database under a stream of feature creates: every acknowledged create is there afterwards, every
/// refused one was a 503 with Retry-After and is not, and creates succeed again without restarting the service.</summary>
/// <remarks>It stops the shared cluster, so it runs alone with the other ClusterFault tests, after everything else.</remarks>
[Collection(nameof(PostGisOutageTests))]
[Trait("Category", "ClusterFault")]
public sealed class PostGisEditOutageTests
{
    private const int Acknowledged = 20;

    [SkippableFact]
    public async Task Creates_acknowledged_across_a_database_restart_are_kept_and_refused_ones_are_503_and_absent()
    {
        var cluster = PostGisCluster.Require();
        var app = new PostGisApp();
        await app.InitializeAsync();
        try
        {
            var editor = await AccessTokens.CreateAsync(app, AccessRole.Editor, "planner.li");
            var answers = new ConcurrentQueue<(string Id, HttpStatusCode Status, string? MediaType, bool RetryAfter)>();
            using var stop = new CancellationTokenSource();
            var stream = Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var id = $"park_outage_{i}";
                    using var response = await editor.PostAsync(
                        "/collections/parks/items", EditRequests.GeoJson(EditRequests.Park(id, 123.30 + (i % 40 * 0.005), 41.70 + (i / 40 * 0.005))));
                    answers.Enqueue((id, response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter is not null));
                }
            });

            await WaitForAsync(() => answers.Count(a => a.Status == HttpStatusCode.Created) >= Acknowledged, stream);
            await PostGisCluster.StopAsync(cluster);
            await WaitForAsync(() => answers.Any(a => a.Status == HttpStatusCode.ServiceUnavailable), stream);
            await PostGisCluster.StartAsync(cluster);
            var beforeRestart = answers.Count;
            await WaitForAsync(() => answers.Skip(beforeRestart).Count(a => a.Status == HttpStatusCode.Created) >= Acknowledged, stream);
            await stop.CancelAsync();
            await stream;

            var stored = await IdsAsync(app.Database.DataSource);
            var unexpected = answers.Where(a => a.Status is not (HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable)).ToList();
            Assert.True(unexpected.Count == 0, $"answers neither 201 nor 503: {string.Join(", ", unexpected.Select(a => $"{a.Id} {(int)a.Status}"))}");
            Assert.All(answers.Where(a => a.Status == HttpStatusCode.Created), a => Assert.Contains(a.Id, stored));
            var refused = answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable).ToList();
            Assert.NotEmpty(refused);
            Assert.All(refused, a =>
            {
                Assert.DoesNotContain(a.Id, stored);
                Assert.Equal(("application/problem+json", true), (a.MediaType, a.RetryAfter));
            });
            Assert.Equal(answers.Count(a => a.Status == HttpStatusCode.Created), stored.Count);
        }
        finally
        {
            if (!File.Exists(Path.Combine(cluster.Data, "postmaster.pid")))
            {
                await PostGisCluster.StartAsync(cluster);
            }

            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    // Polls for a minute at most; a stream that failed ends the wait with its exception.
    private static async Task WaitForAsync(Func<bool> done, Task stream)
    {
        for (var waited = 0; !done(); waited += 20)
        {
            if (stream.IsFaulted)
            {
                await stream;
            }

            Assert.True(waited < 60_000, "the stream of creates did not get there within a minute");
            await Task.Delay(20);
        }
    }

    private static async Task<HashSet<string>> IdsAsync(NpgsqlDataSource dataSource)
    {
        // The pool's connections from before the restart are dead.
        dataSource.Clear();
        await using var command = dataSource.CreateCommand("SELECT id FROM layers.parks WHERE id LIKE 'park_outage_%'");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
