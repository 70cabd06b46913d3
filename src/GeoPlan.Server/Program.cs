using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Server.Features;
using GeoPlan.Server.Hosting;
using GeoPlan.Server.Plan;
using GeoPlan.Server.Service;
using NetTopologySuite.IO.Converters;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls(GeoPlanOptions.DefaultUrl);
}

builder.Services.AddEmbeddedStore();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    // GeoPlan's own members use its wire names like its data; OGC members keep the names the standards give them.
    WireNamingPolicy.Apply(o.SerializerOptions);
    o.SerializerOptions.Converters.Add(new GeoJsonConverterFactory());
    o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
});
builder.Services.AddProblemDetails();
builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin().WithMethods("GET", "HEAD", "OPTIONS").AllowAnyHeader()));
builder.Services.AddOpenApi(o =>
{
    o.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0;
    o.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "GeoPlan";
        document.Info.Description = "OGC API - Features and the plan API of the Shenyang modern metropolitan area plan";
        return Task.CompletedTask;
    });
});

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

app.Run();

/// <summary>The entry point, visible to the HTTP tests.</summary>
public partial class Program;
