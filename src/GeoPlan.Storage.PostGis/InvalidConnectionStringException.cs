namespace GeoPlan.Storage.PostGis;

/// <summary>The configured text is not an Npgsql connection string.</summary>
public sealed class InvalidConnectionStringException : Exception
{
    /// <summary>Wraps Npgsql's complaint about the connection string.</summary>
    public InvalidConnectionStringException(ArgumentException cause)
        : base($"the PostgreSQL connection string is not valid ({cause?.Message}); expected e.g. \"Host=localhost;Username=geoplan;Database=geoplan\"", cause)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public InvalidConnectionStringException()
        : base("the PostgreSQL connection string is not valid")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidConnectionStringException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InvalidConnectionStringException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
