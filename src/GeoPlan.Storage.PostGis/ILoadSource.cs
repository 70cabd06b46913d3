using GeoPlan.Core.Model;

namespace GeoPlan.Storage.PostGis;

/// <summary>What <see cref="PostGisLoader"/> copies, read while it copies: the layers' schemas, each layer's features in turn, then the plan.</summary>
public interface ILoadSource
{
    /// <summary>The layers in display order, their fields final; an extent not yet known is null, and the loader measures it.</summary>
    IReadOnlyList<LayerInfo> Layers { get; }

    /// <summary>The plan's task tree in document order.</summary>
    IReadOnlyList<PlanTask> Tasks { get; }

    /// <summary>The indicator table in row order.</summary>
    IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Reads one layer's features, each once; the loader asks for each layer once, in order.</summary>
    IEnumerable<PlanFeature> ReadFeatures(LayerInfo layer);

    /// <summary>Whether what was read may be committed; asked once, after every layer's features were read and before anything else is copied.</summary>
    Task<bool> IsValidAsync(CancellationToken ct);
}
