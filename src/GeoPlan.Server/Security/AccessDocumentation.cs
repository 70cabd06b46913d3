using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeoPlan.Server.Security;

/// <summary>Declares the bearer tokens in the OpenAPI document, and on each operation that needs one, which role it needs, so client
/// generators and API consoles send the token where it is required.</summary>
internal static class AccessDocumentation
{
    /// <summary>The security scheme's name in the document's components.</summary>
    public const string SchemeName = "bearer";

    /// <summary>Adds the bearer scheme to the document's components.</summary>
    public static Task DescribeScheme(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An access token issued by `geoplan token create` or POST /admin/tokens (roles viewer, editor, admin)",
        };
        return Task.CompletedTask;
    }

    /// <summary>Marks an operation whose endpoint needs an editor's or an admin's token as secured by the bearer scheme.</summary>
    public static Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var policy = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault();
        var role = policy switch
        {
            AccessPolicies.Edit => "editor or admin",
            AccessPolicies.Administer => "admin",
            _ => null,
        };
        if (role is null)
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        operation.Description = $"{operation.Description} Needs a token with role {role}.".TrimStart();
        return Task.CompletedTask;
    }
}
