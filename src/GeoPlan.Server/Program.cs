using GeoPlan.Core.Storage;
using GeoPlan.Server.Features;
using GeoPlan.Server.Health;
using GeoPlan.Server.Hosting;
using GeoPlan.Server.Http;
using GeoPlan.Server.Plan;
using GeoPlan.Server.Service;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls(GeoPlanOptions.DefaultUrl);
}

builder.Services.AddEmbeddedStore();
builder.Services.AddResponseJson();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<StoreUnavailableHandler>();
builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin().WithMethods("GET", "HEAD", "OPTIONS").AllowAnyHeader()));
builder.Services.AddApiDocumentation();

var app = builder.Build();

// Open (and if needed build) the store now, so a broken store stops start-up instead of failing the first request.
app.Services.GetRequiredService<IFeatureStore>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();

app.MapOpenApi("/api");
app.MapServiceApi();
app.MapFeaturesApi();
app.MapPlanApi();
app.MapHealthApi();

app.Run();

/// <summary>The entry point, visible to the HTTP tests.</summary>
public partial class Program;
