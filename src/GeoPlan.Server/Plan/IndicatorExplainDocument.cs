using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Server.Features;
using GeoPlan.Server.Http;

namespace GeoPlan.Server.Plan;

/// <summary>The explain response: the computation, and a FeatureCollection of exactly its features plus the covered area.</summary>
/// <param name="Computation">The value, formula, parameters, data dates, parts and notes.</param>
/// <param name="Features">The contributing features, each with its <c>role</c> and measures; a coverage indicator's covered area last.</param>
public sealed record IndicatorExplainDocument(ComputedIndicator Computation, GeoJsonFeatureCollection Features)
{
    /// <summary>The document of <paramref name="explanation"/>, linked to <paramref name="self"/>.</summary>
    public static IndicatorExplainDocument Of(IndicatorExplanation explanation, string self)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var features = explanation.Features.Select(c =>
        {
            var feature = GeoJsonFeature.From(c.Feature);
            var properties = new Dictionary<string, object?>(feature.Properties, StringComparer.Ordinal) { ["role"] = c.Role };
            foreach (var (name, value) in c.Measures)
            {
                properties[name] = value;
            }

            return feature with { Properties = properties };
        }).ToList();
        var computation = explanation.Indicator;
        if (explanation.CoveredLonLat is { } covered)
        {
            features.Add(new GeoJsonFeature(
                $"{computation.Key}-{computation.Year}-covered",
                covered,
                new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["role"] = ContributingRoles.Covered,
                    ["name_en"] = $"Area counted as covered by {computation.Key} in {computation.Year}",
                }));
        }

        return new IndicatorExplainDocument(
            computation,
            new GeoJsonFeatureCollection(
                features, features.Count, features.Count, DateTimeOffset.UtcNow, [new Link(self, "self", MediaTypes.Json, computation.Key)]));
    }
}
