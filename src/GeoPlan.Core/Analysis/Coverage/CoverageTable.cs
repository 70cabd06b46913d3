namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>The coverage of a covered area: each metropolitan city (the 沈抚 zone as a row of its own), each Shenyang district, and the seven cities together.</summary>
/// <param name="Cities">The metro_cities units in input order, the overlay zone included.</param>
/// <param name="Districts">The Shenyang districts in input order.</param>
/// <param name="Metropolitan">The seven cities added up; overlays are left out so nobody is counted twice.</param>
public sealed record CoverageTable(IReadOnlyList<UnitCoverage> Cities, IReadOnlyList<UnitCoverage> Districts, UnitCoverage Metropolitan);
