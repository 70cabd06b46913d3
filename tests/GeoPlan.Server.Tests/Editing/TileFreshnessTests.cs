using GeoPlan.Core.Storage;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GeoPlan.Server.Tests.Editing;

/// <summary>After every edit, the tiles of where the feature was and where it is are the tiles made afresh: at once on the embedded
/// store, and within a second on PostGIS for a service that hears of the edit only through the database's notification.</summary>
public sealed class TileFreshnessTests : IDisposable
{
    private const int Edits = 300;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Randomized_edits_leave_no_stale_tile_on_the_embedded_store()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var editor = await app.CreateEditorAsync();
        var run = new TileFreshnessRun(editor, app.CreateClient(), app.Services.GetRequiredService<IFeatureStore>(), seed: 20261130);

        await run.RunAsync(Edits, TimeSpan.Zero);

        Assert.True(run.Compared > Edits * 7, $"only {run.Compared} tiles compared");
        Assert.Empty(run.Stale);
    }

    [SkippableFact]
    public async Task Randomized_edits_through_one_service_leave_no_stale_tile_a_second_later_in_another_on_the_same_database()
    {
        TestPostGis.Require();
        var writing = new PostGisApp();
        await writing.InitializeAsync();
        try
        {
            await using var reading = new PostGisReadingApp(writing.Database.ConnectionString);
            var editor = await AccessTokens.CreateAsync(writing, Core.Security.AccessRole.Editor, "planner.li");
            var reader = reading.CreateClient();
            await PostGisReadingApp.WaitUntilListeningAsync(editor, reader);
            var run = new TileFreshnessRun(editor, reader, writing.Services.GetRequiredService<IFeatureStore>(), seed: 20261201);

            await run.RunAsync(Edits, TimeSpan.FromSeconds(1));

            Assert.True(run.Compared > Edits * 7, $"only {run.Compared} tiles compared");
            Assert.Empty(run.Stale);
        }
        finally
        {
            await ((IAsyncLifetime)writing).DisposeAsync();
        }
    }
}
