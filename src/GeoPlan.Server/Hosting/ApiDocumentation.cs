using GeoPlan.Server.Export;
using GeoPlan.Server.Features;
using Microsoft.OpenApi;

namespace GeoPlan.Server.Hosting;

/// <summary>The OpenAPI 3.0 document served at <c>/api</c>, as OGC API - Features asks.</summary>
public static class ApiDocumentation
{
    /// <summary>Generates the document from the endpoints' metadata.</summary>
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) => services.AddOutputCache().AddOpenApi(o =>
    {
        o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "GeoPlan";
            document.Info.Description = "OGC API - Features and the plan API of the Shenyang modern metropolitan area plan";
            return Task.CompletedTask;
        });
        o.AddOperationTransformer(ItemsApiDocumentation.Describe);
        o.AddOperationTransformer(ExportApiDocumentation.Describe);
        o.AddDocumentTransformer(Security.AccessDocumentation.DescribeScheme);
        o.AddOperationTransformer(Security.AccessDocumentation.DescribeOperation);
    });

    /// <summary>Serves the document at <c>/api</c>, generated once and then kept: it changes only with the code, and generating it
    /// costs a good part of a second.</summary>
    public static IEndpointRouteBuilder MapApiDocumentation(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/api").CacheOutput();
        return app;
    }
}
