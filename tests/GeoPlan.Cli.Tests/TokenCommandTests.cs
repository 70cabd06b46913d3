using System.Globalization;
using GeoPlan.Core.Security;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;

namespace GeoPlan.Cli.Tests;

/// <summary><c>geoplan token create|list|revoke</c> run as an administrator runs them: the secret printed once and stored only as its
/// hash, listings without secrets, and revocations that a store already open (as the service's is) sees at its next lookup.</summary>
public sealed class TokenCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Create_prints_the_secret_once_alone_on_stdout_and_the_store_keeps_only_its_hash()
    {
        var store = await GeoplanCommand.BuildStoreAsync(_directory.File("store.gpkg"));

        var (exitCode, output, error) = await GeoplanCommand.RunAsync(
            "token", "create", "--role", "editor", "--name", "field-tablet", "--gpkg", store);

        Assert.True(exitCode == 0, error);
        var secret = output.Trim();
        Assert.True(AccessTokenSecret.IsWellFormed(secret), $"stdout should hold the secret alone, was: {output}");
        Assert.Contains("cannot be shown again", error, StringComparison.Ordinal);
        Assert.Contains("'field-tablet' (editor)", error, StringComparison.Ordinal);
        using var opened = new GeoPackageFeatureStore(store);
        var token = await opened.FindByHashAsync(AccessTokenSecret.Hash(secret));
        Assert.Equal(("field-tablet", AccessRole.Editor, false), (token!.Name, token.Role, token.IsRevoked));
        Assert.DoesNotContain(secret[3..], await File.ReadAllTextAsync(store, System.Text.Encoding.Latin1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_every_token_without_secrets_and_revoke_by_name_or_id_is_seen_by_a_store_already_open()
    {
        var store = await GeoplanCommand.BuildStoreAsync(_directory.File("store.gpkg"));
        var editor = await CreateAsync(store, "editor", "editor-wang");
        var admin = await CreateAsync(store, "admin", "ops");
        // The service keeps its store open for its whole life and looks every presented token up again.
        using var running = new GeoPackageFeatureStore(store, GeoPackageAccess.ReadWrite);
        Assert.False((await running.FindByHashAsync(AccessTokenSecret.Hash(editor)))!.IsRevoked);

        var byName = await GeoplanCommand.RunAsync("token", "revoke", "editor-wang", "--gpkg", store);
        var adminId = (await running.FindByHashAsync(AccessTokenSecret.Hash(admin)))!.Id;
        var byId = await GeoplanCommand.RunAsync("token", "revoke", adminId.ToString(CultureInfo.InvariantCulture), "--gpkg", store);
        var list = await GeoplanCommand.RunAsync("token", "list", "--gpkg", store);

        Assert.True(byName.ExitCode == 0, byName.Error);
        Assert.Contains("revoked token", byName.Output, StringComparison.Ordinal);
        Assert.True(byId.ExitCode == 0, byId.Error);
        Assert.True((await running.FindByHashAsync(AccessTokenSecret.Hash(editor)))!.IsRevoked);
        Assert.True((await running.FindByHashAsync(AccessTokenSecret.Hash(admin)))!.IsRevoked);
        Assert.True(list.ExitCode == 0, list.Error);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("id", lines[0], StringComparison.Ordinal);
        var editorLine = Assert.Single(lines, l => l.Contains("editor-wang", StringComparison.Ordinal));
        Assert.Contains(" editor ", editorLine, StringComparison.Ordinal);
        Assert.False(editorLine.EndsWith('-'), $"a revoked token shows its revocation time: {editorLine}");
        Assert.DoesNotContain(editor[3..], list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessTokenSecret.Hash(editor), list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_a_name_no_valid_token_has_fails_saying_how_to_find_one()
    {
        var store = await GeoplanCommand.BuildStoreAsync(_directory.File("store.gpkg"));

        var (exitCode, _, error) = await GeoplanCommand.RunAsync("token", "revoke", "nobody", "--gpkg", store);

        Assert.Equal(1, exitCode);
        Assert.Contains("no token with id or valid name 'nobody'", error, StringComparison.Ordinal);
        Assert.Contains("geoplan token list", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("owner", "field-tablet", "owner")]
    [InlineData("editor", "field tablet", "no spaces")]
    [InlineData("editor", "2024", "only digits")]
    public async Task A_bad_role_or_name_is_refused_saying_why_and_nothing_is_issued(string role, string name, string reason)
    {
        var store = await GeoplanCommand.BuildStoreAsync(_directory.File("store.gpkg"));

        var (exitCode, output, error) = await GeoplanCommand.RunAsync(
            "token", "create", "--role", role, "--name", name, "--gpkg", store);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessTokenSecret.Prefix, output, StringComparison.Ordinal);
        using var opened = new GeoPackageFeatureStore(store);
        Assert.Empty(await opened.ListAsync());
    }

    [Fact]
    public async Task A_token_issued_for_some_days_expires_then_and_the_list_shows_it()
    {
        var store = await GeoplanCommand.BuildStoreAsync(_directory.File("store.gpkg"));

        var (exitCode, output, error) = await GeoplanCommand.RunAsync(
            "token", "create", "--role", "editor", "--name", "contractor-zhao", "--expires-in-days", "30", "--gpkg", store);
        var refused = await GeoplanCommand.RunAsync(
            "token", "create", "--role", "editor", "--name", "forever", "--expires-in-days", "0", "--gpkg", store);
        var list = await GeoplanCommand.RunAsync("token", "list", "--gpkg", store);

        Assert.True(exitCode == 0, error);
        Assert.Contains("expiring", error, StringComparison.Ordinal);
        using var opened = new GeoPackageFeatureStore(store);
        var token = await opened.FindByHashAsync(AccessTokenSecret.Hash(output.Trim()));
        Assert.InRange(token!.ExpiresAt!.Value, DateTimeOffset.UtcNow.AddDays(30).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(30));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("1 to 3650 days", refused.Error, StringComparison.Ordinal);
        Assert.Contains("expires (UTC)", list.Output, StringComparison.Ordinal);
        Assert.Contains(token.ExpiresAt.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), list.Output, StringComparison.Ordinal);
        Assert.Single(await opened.ListAsync());
    }

    [Fact]
    public async Task A_name_a_valid_token_holds_is_refused()
    {
        var store = await GeoplanCommand.BuildStoreAsync(_directory.File("store.gpkg"));
        await GeoplanCommand.RunAsync("token", "create", "--role", "viewer", "--name", "dashboard", "--gpkg", store);

        var (exitCode, output, error) = await GeoplanCommand.RunAsync(
            "token", "create", "--role", "viewer", "--name", "dashboard", "--gpkg", store);

        Assert.Equal(1, exitCode);
        Assert.Contains("a valid token named 'dashboard' exists already", error, StringComparison.Ordinal);
        Assert.Empty(output.Trim());
    }

    private static async Task<string> CreateAsync(string store, string role, string name)
    {
        var (exitCode, output, error) = await GeoplanCommand.RunAsync("token", "create", "--role", role, "--name", name, "--gpkg", store);
        Assert.True(exitCode == 0, error);
        return output.Trim();
    }

    [SkippableFact]
    public async Task Tokens_issued_in_postgis_are_kept_there_and_revoked_there()
    {
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        await PostGisMigrations.ApplyAsync(database.DataSource);

        var created = await GeoplanCommand.RunAsync(
            "token", "create", "--role", "admin", "--name", "ops", "--pg", database.ConnectionString);
        var revoked = await GeoplanCommand.RunAsync("token", "revoke", "ops", "--pg", database.ConnectionString);

        Assert.True(created.ExitCode == 0, created.Error);
        Assert.True(revoked.ExitCode == 0, revoked.Error);
        var token = await new PostGisFeatureStore(database.DataSource).FindByHashAsync(AccessTokenSecret.Hash(created.Output.Trim()));
        Assert.Equal(("ops", true), (token!.Name, token.IsRevoked));
    }
}
