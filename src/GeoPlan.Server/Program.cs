using GeoPlan.Core.Storage;
using GeoPlan.Server.Analysis;
using GeoPlan.Server.Export;
using GeoPlan.Server.Features;
using GeoPlan.Server.Health;
using GeoPlan.Server.Hosting;
using GeoPlan.Server.Http;
using GeoPlan.Server.Import;
using GeoPlan.Server.Limits;
using GeoPlan.Server.Maps;
using GeoPlan.Server.Observability;
using GeoPlan.Server.Plan;
using GeoPlan.Server.Security;
using GeoPlan.Server.Service;
using GeoPlan.Server.Styles;
using GeoPlan.Server.Tiles;
using GeoPlan.Server.Viewer;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls(GeoPlanOptions.DefaultUrl);
}

builder.Services.AddGeoPlanStore(builder.Configuration);
builder.Services.AddReverseProxy(builder.Configuration);
builder.Services.AddGeoPlanSecurity(builder.Configuration);
builder.Services.AddResponseJson();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<StoreUnavailableHandler>();
builder.Services.AddRequestLimits(builder.Configuration);
builder.AddObservability();
builder.Services.AddApiDocumentation();
builder.Services.AddMapRendering();
builder.Services.AddResponseEncoding();
builder.Services.AddVectorTiles();
builder.Services.AddCommuteAnalysis();
builder.Services.AddPlanMonitoring();
builder.Services.AddViewer(builder.Configuration);

var app = builder.Build();

// Open (and if needed build) the store and read the light rule now: a misconfigured service stops start-up with one line, not at
// the first request.
try
{
    app.Services.GetRequiredService<IFeatureStore>();
    app.Services.GetRequiredService<IndicatorStatuses>();
}
catch (InvalidOperationException e)
{
    app.Logger.LogCritical("Cannot start: {Reason}", e.Message);
    // Disposing flushes the console logger, which writes on a background thread.
    await app.DisposeAsync();
    return 1;
}

// The client's address, scheme and host first: the limits, logs and links after it use them.
app.UseReverseProxy();
app.UseRequestLog();
// An unreachable store is expected while a database restarts: its 503 answers need no stack trace in the log.
app.UseExceptionHandler(new ExceptionHandlerOptions { SuppressDiagnosticsCallback = c => c.Exception is StoreUnavailableException });
app.UseStatusCodePages();
// HEAD must become GET before routing picks an endpoint.
app.UseMiddleware<HeadRequests>();
// Compression comes first so the viewer's scripts and styles are compressed too.
app.UseResponseCompression();
app.UseViewer();
app.UseRouting();
app.UseCors();
app.UseRequestLimits();
app.UseGeoPlanSecurity();
app.UseOutputCache();

app.MapApiDocumentation();
app.MapServiceApi();
app.MapFeaturesApi();
app.MapExportApi();
app.MapImportApi();
app.MapPlanApi();
app.MapIndicatorExplainApi();
app.MapIndicatorActualsApi();
app.MapScorecardApi();
app.MapTilesApi();
app.MapStylesApi();
app.MapWmsApi();
app.MapMapsApi();
app.MapAnalysisApi();
app.MapCompareApi();
app.MapProcessesApi();
app.MapHealthApi();
app.MapAccessTokensApi();
app.MapMetricsApi();
app.MapFontsApi();
app.MapViewerApi();

app.Run();

// A background check that found the store unusable sets the exit code before it stops the service.
return Environment.ExitCode;

/// <summary>The entry point, visible to the HTTP tests.</summary>
public partial class Program;
