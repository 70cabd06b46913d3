namespace GeoPlan.Core.Security;

/// <summary>What an access token allows, each role including the ones before it: viewer reads, editor writes, admin also manages
/// tokens and configuration.</summary>
public enum AccessRole
{
    /// <summary>Reads everything the service serves.</summary>
    Viewer,

    /// <summary>Also writes: imports, feature edits, indicator actual values.</summary>
    Editor,

    /// <summary>Also issues and revokes tokens and changes the service's configuration.</summary>
    Admin,
}
