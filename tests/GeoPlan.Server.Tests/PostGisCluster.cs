using GeoPlan.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>Stops and starts the throwaway PostgreSQL cluster tools/test.sh runs, for fault tests.</summary>
internal static class PostGisCluster
{
    /// <summary>The pg_ctl and data directory tools/postgis.sh exported; skips (or fails in CI) without them.</summary>
    public static (string PgCtl, string Data) Require()
    {
        TestPostGis.Require();
        var pgCtl = Environment.GetEnvironmentVariable("GEOPLAN_TEST_PG_CTL");
        var data = Environment.GetEnvironmentVariable("GEOPLAN_TEST_PG_DATA");
        if (pgCtl is { Length: > 0 } && data is { Length: > 0 })
        {
            return (pgCtl, data);
        }

        const string Message = "fault tests need the cluster tools/postgis.sh starts (GEOPLAN_TEST_PG_CTL, GEOPLAN_TEST_PG_DATA)";
        if (ExternalTool.InCi)
        {
            throw new InvalidOperationException(Message);
        }

        Skip.If(true, Message);
        return ("", "");
    }

    public static Task StopAsync((string PgCtl, string Data) cluster) => RunAsync(cluster, "-m", "fast", "-w", "stop");

    public static Task StartAsync((string PgCtl, string Data) cluster) =>
        RunAsync(cluster, "-w", "-t", "60", "-l", Path.Combine(Path.GetDirectoryName(cluster.Data)!, "server.log"), "start");

    // The cluster belongs to the postgres user when the tests run as root: pg_ctl refuses to run as root.
    private static async Task RunAsync((string PgCtl, string Data) cluster, params string[] arguments)
    {
        string[] command = [cluster.PgCtl, "-D", cluster.Data, .. arguments];
        var (exitCode, _, error) = Environment.UserName == "root"
            ? await ExternalTool.RunAsync("runuser", ["-u", "postgres", "--", .. command])
            : await ExternalTool.RunAsync(command[0], command[1..]);
        Assert.True(exitCode == 0, $"pg_ctl {string.Join(' ', arguments)}: {error}");
    }
}
