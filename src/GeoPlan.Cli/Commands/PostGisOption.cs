using System.CommandLine;

namespace GeoPlan.Cli.Commands;

/// <summary>The <c>--pg</c> option: the Npgsql connection string of the PostGIS database.</summary>
internal static class PostGisOption
{
    public static Option<string> Create() => new("--pg")
    {
        Description = "Npgsql connection string of the PostGIS database, e.g. \"Host=localhost;Username=geoplan;Database=geoplan\"",
        Required = true,
    };
}
