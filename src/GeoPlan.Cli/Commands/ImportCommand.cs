using System.CommandLine;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Import;
using GeoPlan.Storage.PostGis;

namespace GeoPlan.Cli.Commands;

/// <summary><c>geoplan import</c>: a GIS file into a collection of the embedded store or PostGIS, checked and in one transaction.</summary>
internal static class ImportCommand
{
    private const int UsageError = 2;

    public static Command Create()
    {
        var options = new ImportOptions();
        var store = new StoreOptions();
        var command = new Command("import", "Import a GIS file into a collection: all of its features or, when anything is wrong, none");
        options.AddTo(command);
        store.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var request = options.Read(parse, Console.Error);
            if (request is null)
            {
                return UsageError;
            }

            try
            {
                await using var opened = store.Open(parse, write: !request.DryRun, Console.Error);
                if (opened is null)
                {
                    return UsageError;
                }

                var importer = new FeatureImporter(opened.Store, opened.Writer);
                var report = await ImportProgressDisplay.RunAsync(progress => importer.ImportAsync(request, progress, ct));
                ImportReportWriter.Write(report, Console.Out, Console.Error);
                return report.Succeeded ? 0 : 1;
            }
            catch (Exception e) when (PostGisErrors.Describe(e) is { } reason)
            {
                await Console.Error.WriteLineAsync($"error: {reason}; nothing was imported");
                return 1;
            }
            catch (Exception e) when (e is InvalidOperationException or StoreUnavailableException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}; nothing was imported");
                return 1;
            }
        });
        return command;
    }
}
