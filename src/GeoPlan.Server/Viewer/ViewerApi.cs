using GeoPlan.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Viewer;

/// <summary>The planners' web viewer: the page at <c>/</c> for browsers (wwwroot), its libraries, and <c>/viewer/config</c>.</summary>
public static class ViewerApi
{
    private const string Page = "/index.html";
    private const string LibraryFolder = "/lib";
    private static readonly string[] TilePlaceholders = ["{z}", "{x}", "{y}"];

    /// <summary>Reads <c>GeoPlan:Viewer</c> and checks at start-up that a configured background URL has its placeholders.</summary>
    public static IServiceCollection AddViewer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ViewerOptions>()
            .Bind(configuration.GetSection(ViewerOptions.Section))
            .Validate(
                o => string.IsNullOrWhiteSpace(o.BackgroundTiles) || TilePlaceholders.All(o.BackgroundTiles.Contains),
                "GeoPlan:Viewer:BackgroundTiles must be an XYZ URL template with {z}, {x} and {y} "
                + "(e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png), or empty for no background")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Serves wwwroot, and the viewer page at <c>/</c> to browsers; call before routing, so <c>/</c> can become the page.</summary>
    /// <remarks>The OGC landing page stays at <c>/</c> for every client that does not ask for HTML (or that asks <c>f=json</c>).</remarks>
    public static IApplicationBuilder UseViewer(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Path == "/" && WantsPage(context.Request))
            {
                context.Request.Path = Page;
            }

            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = static file => SetCaching(file.Context) });
        return app;
    }

    /// <summary>Maps <c>GET /viewer/config</c>, open to anyone like the page itself: it is how the page learns that it must ask for a token.</summary>
    public static IEndpointRouteBuilder MapViewerApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/viewer/config", GetConfig).WithTags("Viewer").WithName("GetViewerConfig").AllowAnonymous()
            .WithSummary("What the web viewer draws under the plan's layers (the background raster, if any) and whether reads need a token");
        return app;
    }

    private static Ok<ViewerConfig> GetConfig(IOptions<ViewerOptions> options, IOptionsMonitor<SecurityOptions> security)
    {
        var viewer = options.Value;
        return TypedResults.Ok(new ViewerConfig(
            NullIfBlank(viewer.BackgroundTiles), NullIfBlank(viewer.BackgroundAttribution), security.CurrentValue.RequireViewerForReads));
    }

    private static bool WantsPage(HttpRequest request)
    {
        var format = request.Query["f"].ToString();
        if (format.Length > 0)
        {
            return string.Equals(format, "html", StringComparison.OrdinalIgnoreCase);
        }

        // Browsers name text/html; GDAL, QGIS and HttpClient ask for JSON or for anything, and keep the landing page.
        return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
    }

    private static void SetCaching(HttpContext context)
    {
        // The library files keep their names across upgrades, so a day bounds how long a browser runs an old MapLibre; the page,
        // its scripts and styles are revalidated (ETag) on every load, so a deployment shows at once.
        context.Response.Headers.CacheControl = context.Request.Path.StartsWithSegments(LibraryFolder)
            ? "public, max-age=86400"
            : "no-cache";
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
