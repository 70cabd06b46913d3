namespace GeoPlan.Server.Limits;

/// <summary>The <c>GeoPlan:Limits</c> configuration section: how much one request or one client may ask of the service.</summary>
public sealed class LimitOptions
{
    /// <summary>The section's name in configuration.</summary>
    public const string Section = "GeoPlan:Limits";

    /// <summary>The largest request body any endpoint but import takes, in bytes; default 16 MiB (imports have <c>GeoPlan:MaxImportBytes</c>).</summary>
    public long MaxBodyBytes { get; set; } = 16L << 20;

    /// <summary>Tiles one client (remote address) may fetch per second, with a burst of twice as many; 0 turns the limit off.</summary>
    public int TilesPerSecond { get; set; } = 1000;

    /// <summary>Analysis requests (commute, comparison, process execution) one client may make per second, with a burst of twice as
    /// many; 0 turns the limit off.</summary>
    public int AnalysisPerSecond { get; set; } = 20;
}
