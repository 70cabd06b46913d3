namespace GeoPlan.Core.Security;

/// <summary>A token was to be issued under a name that a valid (unrevoked) token already has.</summary>
public sealed class AccessTokenNameTakenException : Exception
{
    /// <summary>Names the name in use.</summary>
    public AccessTokenNameTakenException(string name)
        : base($"a valid token named '{name}' exists already; revoke it first ('geoplan token revoke {name}') or choose another name")
    {
        Name = name;
    }

    /// <summary>The name in use.</summary>
    public string Name { get; }
}
