namespace GeoPlan.Interchange.Import;

/// <summary>Ends a write the importer abandoned, so the store rolls it back: the file had a problem, or needs fields the write lacks.</summary>
public sealed class ImportStoppedException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public ImportStoppedException()
        : base("the import stopped before the end of the file; nothing it wrote is kept")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ImportStoppedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ImportStoppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
