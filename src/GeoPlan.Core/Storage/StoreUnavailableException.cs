namespace GeoPlan.Core.Storage;

/// <summary>Thrown by a store whose backend cannot answer right now (database down, file unreadable); the same call may succeed later.</summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception with a message a person can act on.</summary>
    public StoreUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StoreUnavailableException()
        : base("the store is unavailable")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Awaits <paramref name="call"/>, turning a failure that <paramref name="describeUnavailable"/> explains (a backend that
    /// cannot be reached) into this exception with that explanation; every other failure passes unchanged.</summary>
    internal static async Task<T> TranslateAsync<T>(Func<Task<T>> call, Func<Exception, string?> describeUnavailable)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is not StoreUnavailableException && describeUnavailable(e) is { } reason)
        {
            throw new StoreUnavailableException(reason, e);
        }
    }
}
