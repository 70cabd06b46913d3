using Microsoft.AspNetCore.Authorization;

namespace GeoPlan.Server.Security;

/// <summary>Tells the requests whose access is known without authenticating: a request with no credentials, to an endpoint that
/// names no policy, while <see cref="SecurityOptions.RequireViewerForReads"/> is off. The read policy lets it through, so the
/// authentication and authorization middlewares are spared it, which a tile served from memory feels.</summary>
public static class AnonymousReads
{
    /// <summary>Whether <paramref name="context"/> must go through authentication and authorization under <paramref name="options"/>.</summary>
    public static bool NeedsAccessCheck(HttpContext context, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (options.RequireViewerForReads || context.Request.Headers.Authorization.Count > 0)
        {
            return true;
        }

        var metadata = context.GetEndpoint()?.Metadata;
        return metadata is not null && (metadata.GetMetadata<IAuthorizeData>() is not null ||
            metadata.GetMetadata<AuthorizationPolicy>() is not null || metadata.GetMetadata<IAuthorizationRequirementData>() is not null);
    }
}
