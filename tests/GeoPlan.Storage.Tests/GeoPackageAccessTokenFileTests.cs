using GeoPlan.Core.Security;
using GeoPlan.Geodata;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.Tests;

/// <summary>Access tokens in the GeoPackage file: they survive a rebuild from geodata, revoked ones stay revoked and expiring ones keep
/// their expiry, a file built before tokens existed has none until its first, and one made before tokens could expire still works.</summary>
public sealed class GeoPackageAccessTokenFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task A_rebuild_from_geodata_keeps_every_token_with_its_id_secret_and_revocation()
    {
        var geodata = Directory.CreateDirectory(_directory.File("geodata")).FullName;
        BundledGeodata.CopyTo(geodata);
        var directory = new GeodataDirectory(geodata);
        var path = _directory.File("store.gpkg");
        Assert.Empty(GeoPackageBuild.FromGeodata(directory, path));
        IssuedAccessToken kept, revoked;
        List<AccessToken> before;
        using (var store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite))
        {
            kept = await store.IssueAsync("editor-wang", AccessRole.Editor, DateTimeOffset.UtcNow.AddDays(30));
            revoked = await store.IssueAsync("old-laptop", AccessRole.Admin);
            await store.RevokeAsync(revoked.Token.Id);
            before = [.. await store.ListAsync()];
        }

        SqliteConnection.ClearAllPools();
        Assert.Empty(GeoPackageBuild.FromGeodata(directory, path));

        using var rebuilt = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite);
        Assert.Equal(before, await rebuilt.ListAsync());
        Assert.Equal(kept.Token, await rebuilt.FindByHashAsync(AccessTokenSecret.Hash(kept.Secret)));
        Assert.True((await rebuilt.FindByHashAsync(AccessTokenSecret.Hash(revoked.Secret)))!.IsRevoked);
        var next = await rebuilt.IssueAsync("analyst", AccessRole.Viewer);
        Assert.True(next.Token.Id > revoked.Token.Id, "a rebuild must not hand a revoked token's id to a new one");
    }

    [Fact]
    public async Task A_file_built_before_tokens_existed_has_none_and_gets_the_table_with_its_first()
    {
        var path = _directory.File("old.gpkg");
        GeoPackageWriter.Write(BundledGeodata.Result.Dataset, path);
        GeoPackageWritableStore.Execute(path, "DROP TABLE geoplan_access_tokens");

        using var store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite);
        Assert.Empty(await store.ListAsync());
        Assert.Null(await store.FindByHashAsync(new string('0', 64)));

        var issued = await store.IssueAsync("ops", AccessRole.Admin);

        Assert.Equal(issued.Token, await store.FindByHashAsync(issued.Token.Hash));
        GeoPackageWritableStore.AssertConsistent(path);
    }

    [Fact]
    public async Task A_file_whose_tokens_predate_expiry_reads_them_as_lasting_and_takes_expiring_ones_after()
    {
        var (path, old) = await FileWithAdminTokenAsync("before-expiry.gpkg");
        SqliteConnection.ClearAllPools();
        GeoPackageWritableStore.Execute(path, "ALTER TABLE geoplan_access_tokens DROP COLUMN expires_at");

        using (var readOnly = new GeoPackageFeatureStore(path))
        {
            Assert.Equal(old.Token, await readOnly.FindByHashAsync(old.Token.Hash));
        }

        using var writable = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite);
        var expiring = await writable.IssueAsync("contractor-zhao", AccessRole.Editor, DateTimeOffset.UtcNow.AddDays(7));

        Assert.Equal([old.Token, expiring.Token], await writable.ListAsync());
        Assert.NotNull(expiring.Token.ExpiresAt);
        GeoPackageWritableStore.AssertConsistent(path);
    }

    [Fact]
    public async Task A_read_only_store_finds_tokens_but_refuses_to_issue_or_revoke_them()
    {
        var (path, issued) = await FileWithAdminTokenAsync("store.gpkg");

        using var store = new GeoPackageFeatureStore(path);

        Assert.Equal(issued.Token, await store.FindByHashAsync(issued.Token.Hash));
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => store.IssueAsync("x-1", AccessRole.Viewer));
        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RevokeAsync(issued.Token.Id));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    // A store written from the bundled data, with one admin token issued in it and the store closed again.
    private async Task<(string Path, IssuedAccessToken Token)> FileWithAdminTokenAsync(string name)
    {
        var path = _directory.File(name);
        GeoPackageWriter.Write(BundledGeodata.Result.Dataset, path);
        using var store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite);
        return (path, await store.IssueAsync("ops", AccessRole.Admin));
    }
}
