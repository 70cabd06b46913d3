namespace GeoPlan.Core.Storage;

/// <summary>Features cannot be appended to a collection: it is missing, holds another geometry type, or lacks a field they carry.</summary>
public sealed class LayerMismatchException : InvalidOperationException
{
    /// <summary>Names the collection and says how it differs from what the write needs.</summary>
    public LayerMismatchException(string collection, string difference)
        : base($"cannot append to the collection '{collection}': {difference}")
    {
        Collection = collection;
        Difference = difference;
    }

    /// <summary>The collection appended to.</summary>
    public string Collection { get; }

    /// <summary>What differs, e.g. that a field is missing or holds another type.</summary>
    public string Difference { get; }
}
