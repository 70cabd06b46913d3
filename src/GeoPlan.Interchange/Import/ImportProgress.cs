namespace GeoPlan.Interchange.Import;

/// <summary>How far an import has got.</summary>
/// <param name="FeaturesRead">Features read so far.</param>
/// <param name="Fraction">The share of the file read, from 0 to 1.</param>
/// <param name="Pass">1 for the first pass over the file; more when a field wider than its first features showed made it read again.</param>
public readonly record struct ImportProgress(long FeaturesRead, double Fraction, int Pass);
