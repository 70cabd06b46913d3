using System.CommandLine;
using GeoPlan.Storage.PostGis;

namespace GeoPlan.Cli.Commands;

/// <summary><c>geoplan migrate</c>: brings a PostGIS database's schema up to date.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var pg = PostGisOption.Create();
        var command = new Command("migrate", "Apply the schema migrations a PostGIS database has not had yet (safe to repeat)") { pg };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                await using var dataSource = PostGisDataSource.Create(parse.GetValue(pg)!);
                var applied = await PostGisMigrations.ApplyAsync(dataSource, ct);
                Console.WriteLine(applied.Count == 0 ? "schema already up to date" : $"applied migration(s) {string.Join(", ", applied)}");
                return 0;
            }
            catch (Exception e) when (PostGisErrors.Describe(e) is { } reason)
            {
                Console.Error.WriteLine($"error: {reason}");
                return 1;
            }
        });
        return command;
    }
}
