using System.Globalization;
using GeoPlan.Interchange.Import;

namespace GeoPlan.Cli.Commands;

/// <summary>Prints an import's report: what was read and written, each repair, and every problem that stopped it.</summary>
internal static class ImportReportWriter
{
    /// <summary>Enough lines to see what is wrong without flooding the terminal.</summary>
    private const int MaxLines = 50;

    public static void Write(ImportReport report, TextWriter output, TextWriter error)
    {
        var crs = report.Crs is null ? "" : $" in {report.Crs}";
        output.WriteLine(Invariant($"{report.Format}{crs}: {report.FeaturesRead:N0} features read"));
        WriteLines($"{report.Repairs.Count} geometr{(report.Repairs.Count == 1 ? "y" : "ies")} repaired:", report.Repairs, report.Repairs.Count, output);
        if (!report.Succeeded)
        {
            var what = report.DryRun ? "the import would fail" : "nothing was imported";
            WriteLines(Invariant($"error: {what}: {report.ProblemCount:N0} problem{(report.ProblemCount == 1 ? "" : "s")}"), report.Problems, report.ProblemCount, error);
            return;
        }

        var layer = report.Layer is null ? "" :
            $" ({report.Layer.GeometryType}; fields: {(report.Layer.Fields.Count == 0 ? "none of its own" : string.Join(", ", report.Layer.Fields.Select(f => $"{f.Name} {f.Type.ToString().ToLowerInvariant()}")))})";
        var made = (report.IdsMade > 0 ? Invariant($"; {report.IdsMade:N0} features had no id and got one made from the collection, the file and their position") : "") +
            (report.Unnamed > 0 ? Invariant($"; {report.Unnamed:N0} features have no name") : "");
        output.WriteLine(report.DryRun
            ? Invariant($"dry run: would {Verb(report.Action)} the collection '{report.Collection}' with {report.FeaturesWritten:N0} features{layer}{made}; nothing was written")
            : Invariant($"{Past(report.Action)} the collection '{report.Collection}': {report.FeaturesWritten:N0} features written{layer}{made}"));
    }

    private static void WriteLines(string heading, IReadOnlyList<ImportNote> notes, long count, TextWriter writer)
    {
        if (count == 0)
        {
            return;
        }

        writer.WriteLine(heading);
        foreach (var note in notes.Take(MaxLines))
        {
            writer.WriteLine($"  {note}");
        }

        if (count > MaxLines)
        {
            writer.WriteLine(Invariant($"  ... and {count - MaxLines:N0} more"));
        }
    }

    private static string Verb(ImportAction action) => action switch
    {
        ImportAction.Create => "create",
        ImportAction.Replace => "replace",
        _ => "append to",
    };

    private static string Past(ImportAction action) => action switch
    {
        ImportAction.Create => "created",
        ImportAction.Replace => "replaced",
        _ => "appended to",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
