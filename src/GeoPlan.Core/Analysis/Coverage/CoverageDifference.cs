using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>Land covered in one year of a comparison and not in the other: gained (second year only) or lost (first only).</summary>
/// <param name="Kind"><see cref="Gained"/> or <see cref="Lost"/>.</param>
/// <param name="Metres">The difference polygon in EPSG:4550 metres; empty when nothing changed.</param>
/// <param name="LonLat">The same in WGS 84 (lon/lat), for the map.</param>
/// <param name="AreaKm2">The difference polygon's whole area in km², to the m².</param>
/// <param name="Scopes">Its land and people in each scope of the comparison, in the scopes' order.</param>
public sealed record CoverageDifference(
    string Kind,
    [property: JsonIgnore] Geometry Metres,
    [property: JsonIgnore] Geometry LonLat,
    [property: JsonPropertyName("area_km2")] double AreaKm2,
    IReadOnlyList<ScopeAmount> Scopes)
{
    /// <summary>The kind of the land covered in the second year only.</summary>
    public const string Gained = "gained";

    /// <summary>The kind of the land covered in the first year only.</summary>
    public const string Lost = "lost";
}
