namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>The light an indicator or task target gets, and why.</summary>
/// <param name="Light">Green, yellow, red, or grey when there is nothing to judge by.</param>
/// <param name="Reason">One English sentence with the numbers that decided the light.</param>
/// <param name="Expected">The value the actual was held against, or null when none was (grey, or a qualitative rule without one).</param>
/// <param name="Actual">The actual value judged, or null when there is none.</param>
/// <param name="ActualYear">The year of that actual, or null.</param>
public sealed record LightVerdict(TrafficLight Light, string Reason, double? Expected, double? Actual, int? ActualYear);
