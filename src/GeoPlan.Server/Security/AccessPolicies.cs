namespace GeoPlan.Server.Security;

/// <summary>The authorization policies of the API, by name, for <c>RequireAuthorization(AccessPolicies.Edit)</c> and the like.</summary>
/// <remarks>An endpoint that names none gets <see cref="Read"/>.</remarks>
public static class AccessPolicies
{
    /// <summary>Reading: anyone, unless <c>GeoPlan:Security:RequireViewerForReads</c> is true, then any valid token; a presented token
    /// that is unknown or revoked is refused either way.</summary>
    public const string Read = "read";

    /// <summary>Writing (imports, feature edits, indicator values): a token with role editor or admin.</summary>
    public const string Edit = "edit";

    /// <summary>Managing tokens and configuration: a token with role admin.</summary>
    public const string Administer = "administer";
}
