namespace GeoPlan.Storage.PostGis;

/// <summary>The database has no PostGIS and it could not be created there.</summary>
public sealed class PostGisMissingException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public PostGisMissingException()
        : base("PostGIS is not installed in the database")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PostGisMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PostGisMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Names the database and why <c>CREATE EXTENSION postgis</c> failed there.</summary>
    public PostGisMissingException(string database, string reason, Exception innerException)
        : base($"PostGIS is not installed in database {database} (CREATE EXTENSION postgis failed: {reason})", innerException)
    {
    }
}
