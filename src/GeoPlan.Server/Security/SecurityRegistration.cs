using GeoPlan.Core.Security;
using GeoPlan.Server.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Security;

/// <summary>Registers authentication by access token and the <see cref="AccessPolicies"/>, and puts them in the request pipeline.</summary>
public static class SecurityRegistration
{
    /// <summary>Adds the bearer token scheme (over the <see cref="IAccessTokenStore"/> the store registration provides), the policies,
    /// with <see cref="AccessPolicies.Read"/> for every endpoint that names none, the 401/403 problem answers, the CORS policy of
    /// <c>GeoPlan:Cors</c>, and the <see cref="SecurityHeaders"/> on every response.</summary>
    public static IServiceCollection AddGeoPlanSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddOptions<CrossOriginOptions>().Bind(configuration.GetSection(CrossOriginOptions.Section)).ValidateOnStart();
        services.AddCors();
        services.AddTransient<IConfigureOptions<CorsOptions>, CrossOriginPolicies>();
        services.AddSingleton<IValidateOptions<CrossOriginOptions>, CheckedOptionsValidation<CrossOriginOptions>>();
        services.AddTransient<IStartupFilter, SecurityHeadersFirst>();
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, ReadAccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessDeniedResponses>();
        var read = new AuthorizationPolicyBuilder().AddRequirements(new ReadAccessRequirement()).Build();
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Read, read)
            .AddPolicy(AccessPolicies.Edit, p => p.RequireAuthenticatedUser().RequireRole(AccessClaims.RolesFrom(AccessRole.Editor)))
            .AddPolicy(AccessPolicies.Administer, p => p.RequireAuthenticatedUser().RequireRole(AccessClaims.RolesFrom(AccessRole.Admin)))
            .SetFallbackPolicy(read);
        return services;
    }

    /// <summary>Authenticates every request that bears credentials or needs them and authorizes it by its endpoint's policy (see
    /// <see cref="AnonymousReads"/>); call after <c>UseRouting</c> and <c>UseCors</c>.</summary>
    public static IApplicationBuilder UseGeoPlanSecurity(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>();
        // Both middlewares stay in this pipeline (a branch would make WebApplication add them again in front of everything), and an
        // anonymous read jumps to what follows them. A pipeline is built from its end, so that is known before the first request.
        RequestDelegate? afterChecks = null;
        app.Use(next => context => AnonymousReads.NeedsAccessCheck(context, options.CurrentValue) ? next(context) : afterChecks!(context));
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(next => afterChecks = next);
        return app;
    }
}
