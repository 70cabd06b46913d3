using GeoPlan.Core.Security;

namespace GeoPlan.Storage.Tests;

/// <summary>What every store must do with access tokens: keep the hash and never the secret, find a token by the hash of its secret,
/// list every token, revoke one for good, and keep a name to one valid token.</summary>
/// <remarks>Each test works on a fresh store of its own.</remarks>
public abstract class AccessTokenContract<TFixture>(TFixture fixture)
    where TFixture : class, IWriterFixture
{
    [SkippableFact]
    public async Task An_issued_token_is_found_by_the_hash_of_its_secret_with_its_name_role_and_time_and_the_secret_is_not_stored()
    {
        await using var target = await fixture.CreateStoreAsync();
        var before = DateTimeOffset.UtcNow.AddMilliseconds(-1);

        var issued = await Tokens(target).IssueAsync("qgis-li.wei", AccessRole.Editor);

        Assert.True(AccessTokenSecret.IsWellFormed(issued.Secret));
        Assert.StartsWith("gp_", issued.Secret, StringComparison.Ordinal);
        Assert.Equal(AccessTokenSecret.Hash(issued.Secret), issued.Token.Hash);
        Assert.DoesNotContain(issued.Secret, issued.Token.ToString(), StringComparison.Ordinal);
        Assert.InRange(issued.Token.CreatedAt, before, DateTimeOffset.UtcNow);
        Assert.Equal(TimeSpan.Zero, issued.Token.CreatedAt.Offset);
        var found = await Tokens(target).FindByHashAsync(AccessTokenSecret.Hash(issued.Secret));
        Assert.Equal(issued.Token, found);
        Assert.Equal(("qgis-li.wei", AccessRole.Editor, false), (found!.Name, found.Role, found.IsRevoked));
        Assert.Null(await Tokens(target).FindByHashAsync(AccessTokenSecret.Hash(issued.Secret + "x")));
        Assert.Null(await Tokens(target).FindByHashAsync(issued.Secret));
    }

    [SkippableFact]
    public async Task Tokens_are_listed_in_the_order_they_were_issued_each_with_its_own_secret()
    {
        await using var target = await fixture.CreateStoreAsync();
        var tokens = Tokens(target);
        Assert.Empty(await tokens.ListAsync());

        var viewer = await tokens.IssueAsync("dashboard", AccessRole.Viewer);
        var editor = await tokens.IssueAsync("editor-wang", AccessRole.Editor);
        var admin = await tokens.IssueAsync("ops", AccessRole.Admin);

        Assert.Equal([viewer.Token, editor.Token, admin.Token], await tokens.ListAsync());
        Assert.True(viewer.Token.Id < editor.Token.Id && editor.Token.Id < admin.Token.Id);
        Assert.Equal(3, new[] { viewer.Secret, editor.Secret, admin.Secret }.Distinct().Count());
    }

    [SkippableFact]
    public async Task A_revoked_token_keeps_its_first_revocation_time_and_is_still_found_as_revoked_and_its_name_can_be_reused()
    {
        await using var target = await fixture.CreateStoreAsync();
        var tokens = Tokens(target);
        var issued = await tokens.IssueAsync("field-tablet", AccessRole.Editor);
        var other = await tokens.IssueAsync("ops", AccessRole.Admin);

        var revoked = await tokens.RevokeAsync(issued.Token.Id);
        var again = await tokens.RevokeAsync(issued.Token.Id);

        Assert.NotNull(revoked?.RevokedAt);
        Assert.InRange(revoked.RevokedAt.Value, issued.Token.CreatedAt, DateTimeOffset.UtcNow);
        Assert.Equal(revoked, again);
        Assert.Equal(revoked, await tokens.FindByHashAsync(issued.Token.Hash));
        Assert.False((await tokens.FindByHashAsync(other.Token.Hash))!.IsRevoked);
        var renewed = await tokens.IssueAsync("field-tablet", AccessRole.Editor);
        Assert.Equal([revoked, other.Token, renewed.Token], await tokens.ListAsync());
    }

    [SkippableFact]
    public async Task Revoking_a_token_that_does_not_exist_answers_null()
    {
        await using var target = await fixture.CreateStoreAsync();

        Assert.Null(await Tokens(target).RevokeAsync(424242));
    }

    [SkippableFact]
    public async Task A_name_held_by_a_valid_token_is_refused_and_nothing_is_stored()
    {
        await using var target = await fixture.CreateStoreAsync();
        var tokens = Tokens(target);
        var first = await tokens.IssueAsync("analyst", AccessRole.Viewer);

        var refused = await Assert.ThrowsAsync<AccessTokenNameTakenException>(() => tokens.IssueAsync("analyst", AccessRole.Admin));

        Assert.Equal("analyst", refused.Name);
        Assert.Contains("revoke", refused.Message, StringComparison.Ordinal);
        Assert.Equal([first.Token], await tokens.ListAsync());
    }

    [SkippableTheory]
    [InlineData("", "name")]
    [InlineData("two words", "no spaces")]
    [InlineData("12345", "only digits")]
    public async Task A_bad_name_is_refused_saying_why_and_nothing_is_stored(string name, string reason)
    {
        await using var target = await fixture.CreateStoreAsync();

        var refused = await Assert.ThrowsAsync<ArgumentException>(
            () => Tokens(target).CreateAsync(name, AccessRole.Viewer, new string('a', 64), expiresAt: null));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await Tokens(target).ListAsync());
    }

    [SkippableFact]
    public async Task A_secret_passed_where_its_hash_belongs_is_refused_without_repeating_it()
    {
        await using var target = await fixture.CreateStoreAsync();
        var secret = AccessTokenSecret.Generate();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Tokens(target).CreateAsync("ops", AccessRole.Admin, secret, expiresAt: null));

        Assert.DoesNotContain(secret, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await Tokens(target).ListAsync());
    }

    [SkippableFact]
    public async Task A_token_keeps_its_expiry_to_the_millisecond_and_one_without_lasts_until_revoked()
    {
        await using var target = await fixture.CreateStoreAsync();
        var tokens = Tokens(target);
        var expiry = new DateTimeOffset(2031, 3, 1, 8, 30, 15, 123, TimeSpan.FromHours(8)).AddTicks(4567);

        var expiring = await tokens.IssueAsync("contractor-zhao", AccessRole.Editor, expiry);
        var lasting = await tokens.IssueAsync("ops", AccessRole.Admin);

        var expected = new DateTimeOffset(2031, 3, 1, 0, 30, 15, 123, TimeSpan.Zero);
        Assert.Equal(expected, expiring.Token.ExpiresAt);
        Assert.Equal(expected, (await tokens.FindByHashAsync(expiring.Token.Hash))!.ExpiresAt);
        Assert.Null((await tokens.FindByHashAsync(lasting.Token.Hash))!.ExpiresAt);
        Assert.Equal([expiring.Token, lasting.Token], await tokens.ListAsync());
        Assert.False(expiring.Token.HasExpiredBy(expected.AddMilliseconds(-1)));
        Assert.True(expiring.Token.HasExpiredBy(expected));
        Assert.False(lasting.Token.HasExpiredBy(DateTimeOffset.MaxValue));
    }

    [SkippableFact]
    public async Task An_expiry_that_is_not_in_the_future_is_refused_and_nothing_is_stored()
    {
        await using var target = await fixture.CreateStoreAsync();

        var refused = await Assert.ThrowsAsync<ArgumentException>(
            () => Tokens(target).IssueAsync("late", AccessRole.Viewer, DateTimeOffset.UtcNow.AddMinutes(-1)));

        Assert.Contains("future", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await Tokens(target).ListAsync());
    }

    private static IAccessTokenStore Tokens(IWritableStore target) => Assert.IsAssignableFrom<IAccessTokenStore>(target.Store);
}
