using System.Net;
using System.Text;
using GeoPlan.Core.Security;
using GeoPlan.Core.Storage.Editing;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GeoPlan.Server.Tests.Editing;

/// <summary>An import over HTTP is recorded once in its collection's audit trail, under the name of the editor's token, and moves the
/// versions of the collection's features on, so an edit prepared before it is refused.</summary>
public sealed class EditorAttributionTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task An_http_import_is_one_audit_record_naming_the_editor_and_a_version_read_before_it_is_stale_after()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var client = await AccessTokens.CreateAsync(app, AccessRole.Editor, "analyst.sun");
        using var read = await client.GetAsync("/collections/parks/items/park-nanhu");
        var parks = await client.GetStringAsync("/collections/parks/items?limit=100");
        var started = DateTimeOffset.UtcNow.AddMilliseconds(-1);

        using var imported = await client.PostAsync(
            "/collections/parks/import?format=geojson&mode=replace", new StringContent(parks, Encoding.UTF8, "application/geo+json"));

        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var editor = app.Services.GetRequiredService<IFeatureEditor>();
        var record = Assert.Single(await editor.GetChangesAfterAsync("parks", started));
        Assert.Equal((AuditOperation.Import, "analyst.sun", (string?)null), (record.Operation, record.Editor, record.FeatureId));
        using var stale = await client.SendAsync(HttpMethod.Delete, "/collections/parks/items/park-nanhu", null, read.ETag());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }
}
