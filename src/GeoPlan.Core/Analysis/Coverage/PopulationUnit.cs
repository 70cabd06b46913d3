using System.Globalization;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>A census unit (a city or a district): its polygon in metres (EPSG:4550) and its 2020 census population, or null with the reason.</summary>
/// <param name="Id">The feature id.</param>
/// <param name="Layer">The layer the unit comes from (metro_cities or districts).</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Metres">The unit's polygon in EPSG:4550 metres.</param>
/// <param name="Population">第七次全国人口普查 常住人口, when known.</param>
/// <param name="PopulationNullReason">Why <paramref name="Population"/> is null.</param>
public sealed record PopulationUnit(
    string Id, string Layer, string NameZh, string NameEn, Geometry Metres, long? Population, string? PopulationNullReason)
{
    /// <summary>The census attribute every population unit reads.</summary>
    public const string PopulationField = "population_2020";

    /// <summary>True for an area laid over other units (沈抚改革创新示范区 over Shenyang and Fushun): reported, never added to a total.</summary>
    public bool IsOverlay { get; init; }

    /// <summary>The unit of a plan feature: its geometry in metres and its <c>population_2020</c> with the null reason the data gives.</summary>
    public static PopulationUnit FromFeature(PlanFeature feature, bool isOverlay)
    {
        ArgumentNullException.ThrowIfNull(feature);
        feature.Attributes.TryGetValue(PopulationField, out var value);
        var population = value switch
        {
            null => (long?)null,
            long count => count,
            int count => count,
            double count when count == Math.Floor(count) => (long)count,
            _ => throw new ArgumentException(
                $"{feature.Layer}/{feature.Id}: {PopulationField} is '{Convert.ToString(value, CultureInfo.InvariantCulture)}', "
                + "not a whole number of people; give the census count or null with a reason",
                nameof(feature)),
        };
        var reason = population is null
            ? feature.Attributes.GetValueOrDefault(PopulationField + "_null_reason") as string
                ?? $"{feature.Layer}/{feature.Id} gives no {PopulationField}"
            : null;
        return new PopulationUnit(feature.Id, feature.Layer, feature.NameZh, feature.NameEn, MetricMeasure.ToMetres(feature.Geometry), population, reason)
        {
            IsOverlay = isOverlay,
        };
    }
}
