namespace GeoPlan.Interchange.Writing;

/// <summary>A feature cannot be written in the chosen format, e.g. its geometry is not of its layer's geometry type.</summary>
public sealed class ExportException : Exception
{
    /// <summary>Says which feature of which layer and what is wrong with it.</summary>
    public ExportException(string message)
        : base(message)
    {
    }

    /// <summary>Says what is wrong, with the failure that revealed it.</summary>
    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
