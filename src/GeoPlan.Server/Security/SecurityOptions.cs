namespace GeoPlan.Server.Security;

/// <summary>The <c>GeoPlan:Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    /// <summary>The section's name in configuration.</summary>
    public const string Section = "GeoPlan:Security";

    /// <summary>Whether reading needs a valid token (any role); false by default, so the map layers are public.</summary>
    /// <remarks>Health checks (<c>/healthz</c>, <c>/readyz</c>) stay open either way, for orchestrators that hold no token.</remarks>
    public bool RequireViewerForReads { get; set; }

    /// <summary>The pages that may show the service in a frame besides its own origin (CSP <c>frame-ancestors</c> sources, e.g.
    /// <c>https://portal.example.cn</c>, or <c>*</c> for any); empty by default: only the service's own pages.</summary>
    public List<string> FrameAncestors { get; set; } = [];

    /// <summary>The content security policy of HTML pages, without <c>frame-ancestors</c>; the default lets the viewer and MapLibre run
    /// from the service's own origin (workers from blob:, images from data: and blob:, inline styles).</summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; child-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>The CSP <c>frame-ancestors</c> directive: the service's own origin and <see cref="FrameAncestors"/>.</summary>
    public string FrameAncestorsDirective() =>
        FrameAncestors.Contains("*") ? "frame-ancestors *" : string.Join(' ', ["frame-ancestors 'self'", .. FrameAncestors]);

    /// <summary>The HTML pages' policy with <paramref name="origin"/> (when not null) also allowed for images and fetches, as a
    /// background map's tiles need.</summary>
    public string ContentSecurityPolicyAllowing(string? origin) => origin is null
        ? ContentSecurityPolicy
        : string.Join("; ", ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.StartsWith("img-src ", StringComparison.Ordinal) || d.StartsWith("connect-src ", StringComparison.Ordinal) ? $"{d} {origin}" : d));
}
