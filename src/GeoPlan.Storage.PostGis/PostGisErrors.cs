using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>Turns a failure to reach or use the database into one sentence a person can act on.</summary>
public static partial class PostGisErrors
{
    /// <summary>What went wrong with the database, or null when <paramref name="e"/> is not about the database connection.</summary>
    public static string? Describe(Exception e)
    {
        for (var cause = e; cause is not null; cause = cause.InnerException)
        {
            var sentence = cause switch
            {
                PostGisMissingException missing => missing.Message,
                InvalidConnectionStringException invalid => invalid.Message,
                // PostgreSQL's own sentences already name the user or database: "password authentication failed for user "x"".
                PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } p =>
                    p.MessageText,
                PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } p => p.MessageText,
                PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown } p
                    => $"PostgreSQL is not accepting connections ({p.MessageText})",
                PostgresException { SqlState: PostgresErrorCodes.UndefinedTable } p when p.MessageText.Contains("geoplan_", StringComparison.Ordinal) =>
                    $"the database has no GeoPlan schema yet; run 'geoplan migrate' ({p.MessageText})",
                NpgsqlException { InnerException: SocketException socket } n => Unreachable(n, Reason(socket)),
                NpgsqlException { InnerException: TimeoutException } n => Unreachable(n, "timed out"),
                NpgsqlException { InnerException: IOException or EndOfStreamException } => "lost the connection to PostgreSQL (the server closed it)",
                NpgsqlException n when n.Message.StartsWith("Failed to connect", StringComparison.Ordinal) => Unreachable(n, "connection failed"),
                _ => null,
            };
            if (sentence is not null)
            {
                return sentence;
            }
        }

        return null;
    }

    /// <summary>True when the same call may succeed later without anyone changing the configuration: the server is down or
    /// restarting, or the schema is not there yet.</summary>
    public static bool IsTransient(Exception e)
    {
        for (var cause = e; cause is not null; cause = cause.InnerException)
        {
            if (cause is PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown }
                or PostgresException { SqlState: PostgresErrorCodes.UndefinedTable }
                or NpgsqlException { InnerException: SocketException or TimeoutException or IOException or EndOfStreamException }
                || (cause is NpgsqlException n && n.Message.StartsWith("Failed to connect", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Unreachable(NpgsqlException e, string reason) =>
        $"cannot reach PostgreSQL at {(Endpoint().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : "the configured host")} ({reason})";

    private static string Reason(SocketException socket) => socket.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
        SocketError.TimedOut => "timed out",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => "network unreachable",
        _ => socket.Message,
    };

    [GeneratedRegex(@"Failed to connect to (\S+)")]
    private static partial Regex Endpoint();
}
