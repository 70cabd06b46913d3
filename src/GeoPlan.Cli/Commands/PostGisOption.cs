using System.CommandLine;

namespace GeoPlan.Cli.Commands;

/// <summary>The <c>--pg</c> option: the Npgsql connection string of the PostGIS database.</summary>
internal static class PostGisOption
{
    /// <summary>The option, required unless the command has another store to read (<paramref name="required"/> false).</summary>
    public static Option<string> Create(bool required = true) => new("--pg")
    {
        Description = "Npgsql connection string of the PostGIS database, e.g. \"Host=localhost;Username=geoplan;Database=geoplan\"",
        Required = required,
    };
}
