using GeoPlan.Core.Security;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;

namespace GeoPlan.Storage.Tests;

/// <summary>Access tokens in PostGIS outlive a load of the data.</summary>
public sealed class PostGisAccessTokenLoadTests
{
    [SkippableFact]
    public async Task A_load_keeps_every_token_and_its_revocation()
    {
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        await PostGisLoader.LoadAsync(database.DataSource, BundledGeodata.Result.Dataset);
        var store = new PostGisFeatureStore(database.DataSource);
        var kept = await store.IssueAsync("editor-wang", AccessRole.Editor);
        var revoked = await store.IssueAsync("old-laptop", AccessRole.Admin);
        await store.RevokeAsync(revoked.Token.Id);
        var before = await store.ListAsync();

        await PostGisLoader.LoadAsync(database.DataSource, BundledGeodata.Result.Dataset);

        Assert.Equal(before, await store.ListAsync());
        Assert.Equal(kept.Token, await store.FindByHashAsync(AccessTokenSecret.Hash(kept.Secret)));
    }
}
