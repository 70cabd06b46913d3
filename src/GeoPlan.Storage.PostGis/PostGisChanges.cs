using System.Text.Json;
using GeoPlan.Core.Storage;
using NetTopologySuite.Geometries;
using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>Changes announced through PostgreSQL's NOTIFY on one channel, so every service on the database hears of every commit.</summary>
/// <remarks>A notification sent inside a transaction is delivered when it commits, and never if it rolls back.</remarks>
public static class PostGisChanges
{
    /// <summary>The channel writers notify and services listen on.</summary>
    public const string Channel = "geoplan_changed";

    /// <summary>Announces <paramref name="change"/> to listeners once the connection's transaction commits.</summary>
    public static Task NotifyAsync(NpgsqlConnection connection, FeatureChange change, CancellationToken ct) =>
        NotifyAsync(connection, change, null, ct);

    /// <summary>The change a notification's payload describes; anything unreadable counts as a change anywhere.</summary>
    public static FeatureChange Read(string payload) => Parse(payload).Change;

    /// <summary>Announces a change made by <paramref name="origin"/>, which raised it already and skips it when it hears it back.</summary>
    internal static async Task NotifyAsync(NpgsqlConnection connection, FeatureChange change, string? origin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue(
            "payload", JsonSerializer.Serialize(new Payload(change.Collection, Box(change.Before), Box(change.After), origin)));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The change a payload describes and who made it, when the maker said.</summary>
    internal static (FeatureChange Change, string? Origin) Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Payload>(payload) is { } read
                ? (new FeatureChange(read.Collection, Envelope(read.Before), Envelope(read.After)), read.Origin)
                : (FeatureChange.Everything, null);
        }
        catch (JsonException)
        {
            return (FeatureChange.Everything, null);
        }
    }

    private static double[]? Box(Envelope? envelope) => envelope is null ? null : [envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY];

    private static Envelope? Envelope(double[]? box) => box is [var minX, var minY, var maxX, var maxY] ? new Envelope(minX, maxX, minY, maxY) : null;

    // Origin names the store instance that committed the change; older payloads have none.
    private sealed record Payload(string? Collection, double[]? Before, double[]? After, string? Origin = null);
}
