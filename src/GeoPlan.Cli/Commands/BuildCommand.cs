using System.CommandLine;
using GeoPlan.Geodata;
using GeoPlan.Storage.GeoPackage;

namespace GeoPlan.Cli.Commands;

/// <summary><c>geoplan build</c>: validates geodata/ and writes the embedded GeoPackage store.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var geodata = GeodataOption.Create();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "The GeoPackage file to write (default: data/geoplan.gpkg beside geodata/)" };
        var command = new Command("build", "Validate geodata/ and build the embedded GeoPackage store from it (all or nothing)") { geodata, output };
        command.SetAction(parse =>
        {
            var directory = GeodataOption.Resolve(parse.GetValue(geodata), Console.Error);
            if (directory is null)
            {
                return 2;
            }

            var path = parse.GetValue(output)?.FullName ?? GeoPackageBuild.DefaultPath(directory);
            var problems = GeoPackageBuild.FromGeodata(directory, path);
            if (problems.Count > 0)
            {
                ProblemReport.Write(problems, Console.Error);
                Console.Error.WriteLine($"nothing written: fix the {problems.Count} problem(s) above and build again");
                return 1;
            }

            Console.WriteLine($"built {path}");
            return 0;
        });
        return command;
    }
}
