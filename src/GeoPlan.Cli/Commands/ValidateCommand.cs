using System.CommandLine;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Geodata;
using NetTopologySuite.Geometries;

namespace GeoPlan.Cli.Commands;

/// <summary><c>geoplan validate</c>: checks geodata/ and prints what it holds, or every problem found.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var geodata = GeodataOption.Create();
        var command = new Command(
            "validate",
            "Check geodata/: valid geometries inside the metropolitan area, unique ids, resolving links, complete indicators")
        {
            geodata,
        };
        command.SetAction(parse =>
        {
            var directory = GeodataOption.Resolve(parse.GetValue(geodata), Console.Error);
            if (directory is null)
            {
                return 2;
            }

            var read = GeodataReader.Read(directory);
            if (!read.IsValid)
            {
                ProblemReport.Write(read.Problems, Console.Error);
                Console.Error.WriteLine($"{read.Problems.Count} problem(s)");
                return 1;
            }

            foreach (var layer in read.Dataset.Layers)
            {
                var features = read.Dataset.Features.Where(f => f.Layer == layer.Id).ToList();
                var accuracy = features.Select(f => f.AccuracyM).Order().ToList();
                Console.WriteLine(
                    $"{layer.Id,-14} {layer.FeatureCount,5} features  accuracy {accuracy[0],6:0} m .. {accuracy[^1],6:0} m  {Size(features)}");
            }

            Console.WriteLine($"plan: {read.Dataset.Tasks.Count} task nodes, {read.Dataset.Indicators.Count} indicators; geodata is valid");
            return 0;
        });
        return command;
    }

    private static string Size(List<PlanFeature> features) => features[0].Geometry.Dimension switch
    {
        Dimension.Surface => $"{features.Sum(f => MetricMeasure.AreaSquareMeters(f.Geometry)) / 1e6,10:0.0} km² in all",
        Dimension.Curve => $"{features.Sum(f => MetricMeasure.LengthMeters(f.Geometry)) / 1e3,10:0.0} km in all",
        _ => "",
    };
}
