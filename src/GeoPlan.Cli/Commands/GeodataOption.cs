using System.CommandLine;
using GeoPlan.Geodata;

namespace GeoPlan.Cli.Commands;

/// <summary>The <c>--geodata</c> option shared by commands that read the bundled data.</summary>
internal static class GeodataOption
{
    public static Option<DirectoryInfo?> Create() => new("--geodata")
    {
        Description = "The geodata directory to read (default: the nearest geodata/ above the current directory)",
    };

    /// <summary>The directory the option names, or the nearest one above the working directory; null (with a message) when there is none.</summary>
    public static GeodataDirectory? Resolve(DirectoryInfo? given, TextWriter error)
    {
        if (given is not null)
        {
            if (given.Exists)
            {
                return new GeodataDirectory(given.FullName);
            }

            error.WriteLine($"error: --geodata '{given.FullName}' does not exist");
            return null;
        }

        var found = GeodataDirectory.FindAbove(Environment.CurrentDirectory);
        if (found is null)
        {
            error.WriteLine("error: no geodata/ directory (with layers.json) here or above; run inside a GeoPlan checkout or pass --geodata DIR");
        }

        return found;
    }
}
