using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoPlan.Server.Tests.Editing;

/// <summary>A second service on an existing PostGIS database, as another process would run: it hears of changes only through the
/// database's notifications.</summary>
internal sealed class PostGisReadingApp(string connectionString) : WebApplicationFactory<Program>
{
    /// <summary>Waits until <paramref name="reader"/>'s service hears changes: a park created through <paramref name="editor"/> shows in
    /// its tile, which it had cached before, within ten seconds.</summary>
    public static async Task WaitUntilListeningAsync(HttpClient editor, HttpClient reader)
    {
        const string Tile = "/collections/parks/tiles/WebMercatorQuad/14/6096/13806";
        var before = await reader.GetByteArrayAsync(Tile);
        using var created = await editor.PostAsync(
            "/collections/parks/items", EditRequests.GeoJson(EditRequests.Park("park_fresh_probe", 123.35, 41.75)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (!(await reader.GetByteArrayAsync(Tile)).AsSpan().SequenceEqual(before))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("the reading service never heard of the probe park");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GeoPlan:Store", "postgis");
        builder.UseSetting("ConnectionStrings:GeoPlan", connectionString);
    }
}
