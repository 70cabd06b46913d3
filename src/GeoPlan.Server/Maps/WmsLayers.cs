using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;

namespace GeoPlan.Server.Maps;

/// <summary>The layers the WMS offers: every plan layer by its id, and the root layer <see cref="RootName"/> that draws them all.</summary>
internal sealed class WmsLayers(IReadOnlyList<LayerInfo> layers, PlanStyle style)
{
    /// <summary>The name of the root layer: every plan layer, in the style's drawing order.</summary>
    public const string RootName = "geoplan";

    /// <summary>The plan layers in the store's display order.</summary>
    public IReadOnlyList<LayerInfo> Layers { get; } = layers;

    /// <summary>Every layer id in drawing order, bottom first; layers the style does not draw come last.</summary>
    public IReadOnlyList<string> DrawOrder { get; } =
        layers.OrderBy(l => style.Find(l.Id)?.DrawOrder ?? int.MaxValue).Select(l => l.Id).ToList();

    /// <summary>The plan layer with that name, or null (also for <see cref="RootName"/>).</summary>
    public LayerInfo? Find(string name) => Layers.FirstOrDefault(l => string.Equals(l.Id, name, StringComparison.Ordinal));

    /// <summary>True for the root layer's name.</summary>
    public static bool IsRoot(string name) => string.Equals(name, RootName, StringComparison.Ordinal);

    /// <summary>The layer names of a comma-separated list, or LayerNotDefined naming the first unknown one.</summary>
    public (IReadOnlyList<string>? Names, WmsError? Error) Names(string parameter, string list)
    {
        var names = list.Split(',').Select(n => n.Trim()).ToList();
        var unknown = names.FirstOrDefault(n => !IsRoot(n) && Find(n) is null);
        return unknown is null
            ? (names, null)
            : (null, new WmsError(
                WmsExceptionCode.LayerNotDefined,
                $"{parameter} names '{unknown}', which is not a layer; layers: {RootName} (all), {string.Join(", ", Layers.Select(l => l.Id))}",
                parameter));
    }

    /// <summary>The plan layer ids the names stand for, in order, each once; the root stands for every layer.</summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> names) =>
        names.SelectMany(n => IsRoot(n) ? DrawOrder : [n]).Distinct(StringComparer.Ordinal).ToList();
}
