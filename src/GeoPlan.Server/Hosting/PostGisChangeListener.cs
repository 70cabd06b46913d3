using GeoPlan.Core.Storage;
using GeoPlan.Storage.PostGis;

namespace GeoPlan.Server.Hosting;

/// <summary>Keeps the PostGIS store listening for changes other processes commit, such as <c>geoplan load</c>, reconnecting while the
/// database is down; after a gap it announces that everything may have changed, since what was committed meanwhile went unheard.</summary>
public sealed class PostGisChangeListener(PostGisFeatureStore store, ILogger<PostGisChangeListener> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var heardEverything = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.ListenAsync(
                    () =>
                    {
                        if (!heardEverything)
                        {
                            store.Announce(FeatureChange.Everything);
                            logger.LogInformation("Listening for PostGIS changes again; cached tiles and maps were dropped");
                        }
                    },
                    stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (PostGisErrors.Describe(e) is not null)
            {
                heardEverything = false;
            }

            await Task.Delay(PostGisSchemaMigrator.RetryInterval, stoppingToken);
        }
    }
}
