using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage;

/// <summary>A store that writes a collection's features in one transaction: all of them, or none when anything fails.</summary>
public interface IFeatureWriter
{
    /// <summary>Writes <paramref name="features"/> into <paramref name="layer"/> and commits only when the sequence ends without error.</summary>
    /// <remarks>
    /// <paramref name="layer"/> gives the collection's titles, geometry type and fields as they are to be after the write; its extent and
    /// count are ignored. With <see cref="ImportMode.Replace"/> a missing collection is created and an existing one loses its previous
    /// features and fields; with <see cref="ImportMode.Append"/> the collection must exist with the same geometry type and every field of
    /// <paramref name="layer"/>. Any exception from the sequence, the store or <paramref name="cancellationToken"/> leaves the store exactly
    /// as it was. A feature id already used, in this collection or another, fails the write with <see cref="DuplicateFeatureIdException"/>.
    /// After the commit the store raises <see cref="IFeatureStore.Changed"/> for the collection.
    /// </remarks>
    /// <returns>How many features were written.</returns>
    /// <remarks>The import is recorded in the collection's audit trail, attributed to the operating-system user running the process.</remarks>
    Task<long> WriteLayerAsync(LayerInfo layer, ImportMode mode, IAsyncEnumerable<PlanFeature> features, CancellationToken cancellationToken = default);

    /// <summary>Writes as <see cref="WriteLayerAsync(LayerInfo, ImportMode, IAsyncEnumerable{PlanFeature}, CancellationToken)"/> does,
    /// recording one import in the collection's audit trail, attributed to <paramref name="editor"/>, in the same transaction.</summary>
    /// <returns>How many features were written.</returns>
    Task<long> WriteLayerAsync(
        LayerInfo layer, ImportMode mode, IAsyncEnumerable<PlanFeature> features, string editor, CancellationToken cancellationToken = default);
}
