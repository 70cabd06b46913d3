using System.Net;
using System.Text;
using System.Text.Json;
using GeoPlan.Core.Security;
using GeoPlan.Server.Security;
using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeoPlan.Server.Tests.Security;

/// <summary>No secret reaches the logs: with every category at Trace, requests with valid, unknown and revoked tokens and the issuing of
/// a token over HTTP leave no secret (nor the Authorization header) in any entry.</summary>
public sealed class SecretLoggingTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Secrets_never_appear_in_the_logs_even_at_trace()
    {
        var logs = new CapturedLogs();
        await using var app = new LoggedApp(_directory.File("store.gpkg"), logs);
        var admin = await AccessTokens.IssueAsync(app, AccessRole.Admin, "ops");
        var editor = await AccessTokens.IssueAsync(app, AccessRole.Editor, "editor-wang");
        var unknown = AccessTokenSecret.Generate();
        using var adminClient = AccessTokens.ClientWith(app, admin.Secret);
        using var editorClient = AccessTokens.ClientWith(app, editor.Secret);

        await adminClient.GetJsonAsync("/collections");
        using var recorded = await editorClient.PutAsync(
            "/plan/indicators/30/actuals/2023", Json("""{"value": 3.8, "source": "test", "as_of": "2024-04-01"}"""));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        using var issuedResponse = await adminClient.PostAsync("/admin/tokens", Json("""{"name": "dashboard", "role": "viewer"}"""));
        var issued = JsonDocument.Parse(await issuedResponse.Content.ReadAsStringAsync()).RootElement;
        var issuedSecret = issued.GetProperty("secret").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccessTokens.ClientWith(app, unknown).GetAsync("/collections")).StatusCode);
        await app.Services.GetRequiredService<IAccessTokenStore>().RevokeAsync(editor.Token.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await editorClient.GetAsync("/collections")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AccessTokens.ClientWith(app, issuedSecret).GetAsync("/admin/tokens")).StatusCode);

        // The capture saw what ASP.NET logs below Information, so the search below means something.
        Assert.Contains(logs.Entries, e => e.Text.StartsWith(typeof(BearerTokenHandler).FullName!, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Text.StartsWith("Microsoft.AspNetCore.Authorization", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Text.Contains(" Debug: ", StringComparison.Ordinal));
        foreach (var secret in new[] { admin.Secret, editor.Secret, unknown, issuedSecret })
        {
            // Half a secret would still be a leak; its random part alone is what must not appear.
            var randomPart = secret[AccessTokenSecret.Prefix.Length..][..20];
            Assert.DoesNotContain(logs.Entries, e => e.Text.Contains(randomPart, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(logs.Entries, e => e.Text.Contains("Bearer gp_", StringComparison.OrdinalIgnoreCase));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private sealed class LoggedApp(string geoPackage, CapturedLogs logs) : GeoPlanApp(BundledGeodata.Directory.Path, geoPackage)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Default", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }
    }
}
