namespace GeoPlan.Server.Security;

/// <summary>The <c>GeoPlan:Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    /// <summary>The section's name in configuration.</summary>
    public const string Section = "GeoPlan:Security";

    /// <summary>Whether reading needs a valid token (any role); false by default, so the map layers are public.</summary>
    /// <remarks>Health checks (<c>/healthz</c>, <c>/readyz</c>) stay open either way, for orchestrators that hold no token.</remarks>
    public bool RequireViewerForReads { get; set; }
}
