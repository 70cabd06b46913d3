using GeoPlan.Core.Model;
using GeoPlan.Core.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoPlan.Viewer.Tests;

/// <summary>Where reading the plan needs a token, the viewer asks the planner for one, refuses a bad one saying why, then draws the map
/// with the token sent on every request; it keeps the token for the tab until the planner signs out.</summary>
public sealed class SignInTests(SignInTests.LockedViewer viewer) : IClassFixture<SignInTests.LockedViewer>
{
    [SkippableFact]
    public async Task The_viewer_asks_for_a_token_refuses_a_bad_one_and_opens_the_map_with_a_good_one()
    {
        await using var page = await viewer.NewPageAsync();
        var token = await viewer.Server.Services.GetRequiredService<IAccessTokenStore>()
            .IssueAsync($"planner-{WireName.Of(AccessRole.Viewer)}", AccessRole.Viewer);

        await page.BeginAsync("");
        var dialog = page.Page.Locator("#sign-in");
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.Page.Locator("#sign-in-token").FillAsync("gp_not-a-token");
        await page.Page.Locator("#sign-in-token").PressAsync("Enter");
        var refusal = page.Page.Locator(".sign-in-message");
        await refusal.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        await page.ScreenshotAsync("viewer-sign-in");
        Assert.Contains("gp_", await refusal.TextContentAsync(), StringComparison.Ordinal);
        await page.Page.Locator("#sign-in-token").FillAsync(token.Secret);
        await page.Page.Locator("#sign-in-token").PressAsync("Enter");
        await page.WaitUntilReadyAsync();

        Assert.False(await dialog.IsVisibleAsync());
        Assert.Contains("shenyang", await page.RenderedCollectionIdsAsync("metro_cities"));
        Assert.NotEmpty(await page.RenderedCollectionIdsAsync("rail_lines"));
        // The refused token's check is the only request the service turned away, and the only error the browser reported.
        Assert.All(page.Problems, problem => Assert.Contains("401", problem, StringComparison.Ordinal));
        Assert.Single(page.Problems, problem => problem.StartsWith("HTTP 401", StringComparison.Ordinal));

        await page.ReloadAsync();
        Assert.False(await dialog.IsVisibleAsync());
        await page.Page.Locator("#sign-out").ClickAsync();
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
    }

    /// <summary>The viewer's service with <c>GeoPlan:Security:RequireViewerForReads</c> on.</summary>
    public sealed class LockedViewer() : ViewerFixture(new Dictionary<string, string> { ["GeoPlan:Security:RequireViewerForReads"] = "true" });
}
