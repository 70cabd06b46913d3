namespace GeoPlan.Interchange.Writing;

/// <summary>What an export wrote: how many features, and every change the format forced on field names or values.</summary>
/// <param name="FeatureCount">The number of features written.</param>
/// <param name="RenamedFields">Fields written under another name (Shapefile's 10-character limit), in column order.</param>
/// <param name="Notes">Values the format could not hold as they are, one sentence each (e.g. text cut to the dBASE limit).</param>
public sealed record ExportSummary(long FeatureCount, IReadOnlyList<RenamedField> RenamedFields, IReadOnlyList<string> Notes)
{
    /// <summary>A summary with no renamed field and no note.</summary>
    public static ExportSummary Plain(long featureCount) => new(featureCount, [], []);
}
