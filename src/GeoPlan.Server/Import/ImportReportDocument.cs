using GeoPlan.Core.Model;
using GeoPlan.Interchange.Import;

namespace GeoPlan.Server.Import;

/// <summary>The JSON answer to an import: what was read, written and repaired, and every problem found.</summary>
public sealed record ImportReportDocument(
    string Collection,
    string Format,
    string? Crs,
    string Action,
    bool DryRun,
    bool Written,
    long FeaturesRead,
    long FeaturesWritten,
    long IdsMade,
    long Unnamed,
    string? GeometryType,
    IReadOnlyList<FieldInfo>? Fields,
    IReadOnlyList<ImportNote> Repairs,
    IReadOnlyList<ImportNote> Problems,
    long ProblemCount)
{
    /// <summary>The document of <paramref name="report"/>.</summary>
    public static ImportReportDocument Of(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Collection,
            report.Format,
            report.Crs,
            WireName.Of(report.Action),
            report.DryRun,
            report.Written,
            report.FeaturesRead,
            report.FeaturesWritten,
            report.IdsMade,
            report.Unnamed,
            report.Layer?.GeometryType.ToString(),
            report.Layer?.Fields,
            report.Repairs,
            report.Problems,
            report.ProblemCount);
    }
}
