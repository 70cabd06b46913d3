using GeoPlan.Storage.PostGis;
using Npgsql;

namespace GeoPlan.Server.Hosting;

/// <summary>Applies the schema migrations at start, and keeps trying while the database is down, so the service recovers by itself.</summary>
/// <remarks>A failure no retry can mend (wrong password, no such database, no PostGIS) is logged as one line and stops the service.</remarks>
public sealed class PostGisSchemaMigrator(NpgsqlDataSource dataSource, IHostApplicationLifetime lifetime, ILogger<PostGisSchemaMigrator> logger)
    : BackgroundService
{
    /// <summary>How long to wait between attempts while the database cannot be reached.</summary>
    public static TimeSpan RetryInterval { get; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? waitingFor = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var applied = await PostGisMigrations.ApplyAsync(dataSource, stoppingToken);
                logger.LogInformation("PostGIS schema is up to date ({Applied} migration(s) applied now)", applied.Count);
                return;
            }
            catch (Exception e) when (PostGisErrors.IsTransient(e))
            {
                var reason = PostGisErrors.Describe(e) ?? e.Message;
                if (reason != waitingFor)
                {
                    // One line per new reason: a database that stays down does not flood the log.
                    logger.LogWarning("Waiting for PostgreSQL: {Reason}; data requests answer 503 until it is back", reason);
                    waitingFor = reason;
                }
            }
            catch (Exception e) when (PostGisErrors.Describe(e) is { } reason)
            {
                logger.LogCritical("Cannot use the PostGIS store: {Reason}", reason);
                Environment.ExitCode = 1;
                // Stopping while the server still binds its port would cancel the binding and crash the start with a stack trace;
                // this runs at once if the service has started already.
                lifetime.ApplicationStarted.Register(lifetime.StopApplication);
                return;
            }

            await Task.Delay(RetryInterval, stoppingToken);
        }
    }
}
