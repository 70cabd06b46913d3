using System.Text.Json.Serialization;
using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Coverage;

namespace GeoPlan.Server.Analysis;

/// <summary>The metropolitan area's population within a cutoff of one place, one row per scenario.</summary>
/// <param name="Place">Where the commutes start.</param>
/// <param name="Minutes">The cutoff.</param>
/// <param name="Modes">The travel modes allowed.</param>
/// <param name="Scenarios">One row per scenario, in the order asked.</param>
public sealed record MetropolitanCoverageDocument(CommutePlaceDocument Place, int Minutes, string Modes, IReadOnlyList<MetropolitanCoverageRow> Scenarios);

/// <summary>One scenario's metropolitan coverage, with the cities' rows that make it up.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Year">Its year.</param>
/// <param name="Minutes">The cutoff.</param>
/// <param name="Modes">The travel modes allowed.</param>
/// <param name="AreaKm2">The area within the cutoff.</param>
/// <param name="Metropolitan">The seven cities together.</param>
/// <param name="Cities">Each metropolitan city (and the demonstration zone, not part of the total).</param>
public sealed record MetropolitanCoverageRow(
    string Scenario,
    int Year,
    int Minutes,
    string Modes,
    [property: JsonPropertyName("area_km2")] double AreaKm2,
    UnitCoverage Metropolitan,
    IReadOnlyList<UnitCoverage> Cities)
{
    /// <summary>The row of a one-cutoff result.</summary>
    public static MetropolitanCoverageRow Of(CommuteResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var area = result.Areas[0];
        return new MetropolitanCoverageRow(
            result.Scenario.Name, result.Scenario.Year, area.Minutes, TravelModeNames.Format(result.Request.Modes), Math.Round(area.AreaKm2, 6),
            area.Coverage.Metropolitan.Rounded(), [.. area.Coverage.Cities.Select(c => c.Rounded())]);
    }
}

/// <summary>A commute place as the API writes it.</summary>
/// <param name="Lon">Longitude.</param>
/// <param name="Lat">Latitude.</param>
/// <param name="Collection">The named feature's collection, if any.</param>
/// <param name="FeatureId">The named feature's id, if any.</param>
/// <param name="NameZh">The named feature's Chinese name, if any.</param>
/// <param name="NameEn">The named feature's English name, if any.</param>
public sealed record CommutePlaceDocument(double Lon, double Lat, string? Collection, string? FeatureId, string? NameZh, string? NameEn)
{
    /// <summary>The document of a resolved place.</summary>
    public static CommutePlaceDocument Of(CommutePlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new(place.LonLat.X, place.LonLat.Y, place.Collection, place.FeatureId, place.NameZh, place.NameEn);
    }
}
