namespace GeoPlan.Server.Security;

/// <summary>Puts <see cref="SecurityHeaders"/> first in the pipeline, so that every response has them, static pages and error pages
/// included, whatever the order of the rest.</summary>
public sealed class SecurityHeadersFirst : IStartupFilter
{
    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<SecurityHeaders>();
        next(app);
    };
}
