using GeoPlan.Testing;
using Microsoft.Playwright;

namespace GeoPlan.Viewer.Tests;

/// <summary>One service and one headless Debian Chromium for a test class; each test opens a fresh page (its own context).</summary>
public class ViewerFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package installs the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    // WebGL runs on SwiftShader without a GPU; the rest keeps Chromium from calling home or doing background work in tests.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly IReadOnlyDictionary<string, string> _settings;
    private ViewerServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ViewerFixture()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A fixture whose service runs with extra configuration.</summary>
    protected ViewerFixture(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    /// <summary>The running service, e.g. to issue access tokens in its store.</summary>
    public ViewerServer Server => _server ?? throw new InvalidOperationException("the service starts only where Chromium is installed");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _server = new ViewerServer(_settings);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>Opens the viewer (with a permalink hash such as <c>#year=2023</c>) in a fresh page and waits until it has drawn.</summary>
    /// <remarks>Skips the test without Chromium (fails it with CI=true).</remarks>
    public async Task<ViewerPage> OpenAsync(string hash = "", int width = 1366, int height = 768)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync(hash);
        return page;
    }

    /// <summary>A fresh page that has not opened the viewer yet.</summary>
    /// <remarks>Skips the test without Chromium (fails it with CI=true).</remarks>
    public async Task<ViewerPage> NewPageAsync(int width = 1366, int height = 768)
    {
        if (_browser is null || _server is null)
        {
            ExternalTool.Missing($"'{ChromiumPath}' is not installed; install Debian's chromium (tools/test.sh does so when run as root)");
        }

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return new ViewerPage(await context.NewPageAsync(), _server!.Address);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
    }
}
