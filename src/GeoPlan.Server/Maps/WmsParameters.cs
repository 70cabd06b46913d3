namespace GeoPlan.Server.Maps;

/// <summary>The key-value parameters of a WMS request; names ignore case, as WMS 1.3.0 (6.8.1) says.</summary>
internal sealed class WmsParameters(IQueryCollection query)
{
    /// <summary>The value of a parameter, or null when it is not given; an empty value is returned as empty.</summary>
    public string? this[string name] => query.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>True when the parameter is given, even empty.</summary>
    public bool Has(string name) => query.ContainsKey(name);

    /// <summary>The error for the first parameter given more than once, or null.</summary>
    public WmsError? Repeated()
    {
        var repeated = query.FirstOrDefault(p => p.Value.Count > 1);
        return repeated.Key is null
            ? null
            : WmsError.Invalid(repeated.Key.ToUpperInvariant(), $"{repeated.Key.ToUpperInvariant()} is given {repeated.Value.Count} times; give it once");
    }

    /// <summary>True when the value equals <paramref name="expected"/>, ignoring case.</summary>
    public bool Is(string name, string expected) => string.Equals(this[name], expected, StringComparison.OrdinalIgnoreCase);
}
