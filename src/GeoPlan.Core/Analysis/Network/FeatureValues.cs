using GeoPlan.Core.Model;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>Reads the network's attributes off a feature, whatever numeric or text type its source stored them as.</summary>
internal static class FeatureValues
{
    public static double? Number(this PlanFeature feature, string name) => feature.Attributes.GetValueOrDefault(name) switch
    {
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => f,
        long l => l,
        int i => i,
        decimal m => (double)m,
        string s when double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            && double.IsFinite(d) => d,
        _ => null,
    };

    public static string? Text(this PlanFeature feature, string name) => feature.Attributes.GetValueOrDefault(name) switch
    {
        string s when s.Length > 0 => s,
        _ => null,
    };

    public static bool Flag(this PlanFeature feature, string name) => feature.Attributes.GetValueOrDefault(name) switch
    {
        bool b => b,
        long l => l != 0,
        int i => i != 0,
        string s => s is "yes" or "true" or "1" or "-1",
        _ => false,
    };
}
