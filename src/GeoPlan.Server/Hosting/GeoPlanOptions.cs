namespace GeoPlan.Server.Hosting;

/// <summary>The <c>GeoPlan</c> configuration section.</summary>
public sealed class GeoPlanOptions
{
    /// <summary>The section's name in configuration.</summary>
    public const string Section = "GeoPlan";

    /// <summary>The URL the service listens on when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Which store serves the data: <c>geopackage</c> (the embedded default) or <c>postgis</c> (with <c>ConnectionStrings:GeoPlan</c>).</summary>
    public string Store { get; set; } = "geopackage";

    /// <summary>The geodata directory the embedded store is built from; default: the nearest <c>geodata/</c> above the working directory or the app.</summary>
    public string? Geodata { get; set; }

    /// <summary>The GeoPackage file of the embedded store; default: <c>data/geoplan.gpkg</c> beside the geodata directory.</summary>
    public string? GeoPackage { get; set; }

    /// <summary>The largest file an import over HTTP takes, in bytes; default 1 GiB.</summary>
    public long MaxImportBytes { get; set; } = 1L << 30;

    /// <summary>The collections whose lines make the commute road network, comma-separated; default the bundled <c>roads</c>.</summary>
    /// <remarks>Name an imported OpenStreetMap network (e.g. <c>osm_roads</c>) for street-level car and walking trips.</remarks>
    public string CommuteRoads { get; set; } = Core.Analysis.Commute.CommuteData.DefaultRoads;

    /// <summary>The road collections of <see cref="CommuteRoads"/>.</summary>
    public IReadOnlyList<string> CommuteRoadCollections => CommuteRoads.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The traffic-light rule (<c>GeoPlan:Lights</c>: PeriodStartYear, TolerancePoints, InStepMarginPoints).</summary>
    public Plan.LightRuleOptions Lights { get; set; } = new();

    /// <summary>Named commute scenarios (<c>GeoPlan:CommuteScenarios</c>): a year's rail network with lines added or removed.</summary>
    public List<Analysis.CommuteScenarioOptions> CommuteScenarios { get; set; } = [];
}
