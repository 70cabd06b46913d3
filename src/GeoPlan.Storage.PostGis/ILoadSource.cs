using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;

namespace GeoPlan.Storage.PostGis;

/// <summary>What <see cref="PostGisLoader"/> copies, read while it copies: the layers' schemas, each layer's features in turn, then the plan.</summary>
public interface ILoadSource
{
    /// <summary>The layers in display order with the fields foreseen for them; an extent not yet known is null, and the loader measures it.</summary>
    IReadOnlyList<LayerInfo> Layers { get; }

    /// <summary>The plan's task tree in document order.</summary>
    IReadOnlyList<PlanTask> Tasks { get; }

    /// <summary>The indicator table in row order.</summary>
    IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The indicators' bundled actual values; none unless the source has some.</summary>
    IReadOnlyList<IndicatorActual> Actuals => [];

    /// <summary>Reads one layer's features as rows of <c>layer.Fields</c>; the loader asks for each layer in order, and again only when
    /// <see cref="FieldsOf"/> then differs from the fields it asked with.</summary>
    /// <remarks>A source may stop handing out features at the first one that does not fit the fields asked with.</remarks>
    IEnumerable<PlanFeature> ReadFeatures(LayerInfo layer);

    /// <summary>The fields every feature of the layer fits; asked after <see cref="ReadFeatures"/> has been read to its end.</summary>
    IReadOnlyList<FieldInfo> FieldsOf(LayerInfo layer);

    /// <summary>Whether what was read may be committed; asked once, after every layer's features were read and before anything else is copied.</summary>
    Task<bool> IsValidAsync(CancellationToken ct);
}
