namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>The fastest trip from a block to the city centre on one year's network with some modes, or why there is none.</summary>
/// <param name="Year">The scenario year of the network.</param>
/// <param name="Modes">The modes a traveller may combine, e.g. <c>walk,rail,car</c>.</param>
/// <param name="Minutes">Travel time in minutes to one decimal, or null when the centre is not reached within the cutoff.</param>
/// <param name="NullReason">Why <paramref name="Minutes"/> is null; null when it has a value.</param>
public sealed record CentreTravelTime(int Year, string Modes, double? Minutes, string? NullReason);
