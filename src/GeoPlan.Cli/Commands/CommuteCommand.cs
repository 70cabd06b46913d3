using System.CommandLine;
using System.Globalization;
using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Writing;
using GeoPlan.Storage.PostGis;

namespace GeoPlan.Cli.Commands;

/// <summary><c>geoplan commute</c>: nested isochrones with coverage from (or to) a place, written as GeoJSON.</summary>
internal static class CommuteCommand
{
    private const int UsageError = 2;

    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { Description = "The GeoJSON file to write", Required = true };
        var store = new StoreOptions();
        var roads = new Option<string>("--roads")
        {
            Description = "The collections whose lines are the road network, comma-separated (e.g. an imported OpenStreetMap network)",
            DefaultValueFactory = _ => CommuteData.DefaultRoads,
        };
        var query = new CommuteOptions();
        var command = new Command("commute", "Commute isochrones with the population they cover, from or to a place, for a scenario year")
        {
            output,
            roads,
        };
        query.AddTo(command);
        store.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var call = query.Read(parse, Console.Error);
            if (call is null)
            {
                return UsageError;
            }

            try
            {
                var roadCollections = parse.GetValue(roads)!.Split(',', StringSplitOptions.TrimEntries);
                await using var opened = store.Open(parse, write: false, Console.Error);
                return opened is null ? UsageError : await RunAsync(opened.Store, call, roadCollections, parse.GetValue(output)!, ct);
            }
            catch (Exception e) when (PostGisErrors.Describe(e) is { } reason)
            {
                await Console.Error.WriteLineAsync($"error: {reason}");
                return 1;
            }
            catch (Exception e) when (e is InvalidOperationException or StoreUnavailableException or OriginOutsideNetworkException or NetworkDataException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(
        IFeatureStore store,
        CommuteCall call,
        IReadOnlyList<string> roads,
        string output,
        CancellationToken ct)
    {
        foreach (var collection in roads)
        {
            if (await store.GetLayerAsync(collection, ct) is null)
            {
                await Console.Error.WriteLineAsync($"error: --roads: there is no collection '{collection}'; import the road network first");
                return UsageError;
            }
        }

        var (place, problem) = await CommutePlaces.ResolveAsync(store, call.Place, ct);
        if (place is null)
        {
            await Console.Error.WriteLineAsync($"error: {problem}");
            return UsageError;
        }

        var layers = await new CommuteData(roads).ReadNetworkLayersAsync(store, ct);
        var network = MultimodalNetwork.Build(layers, call.Scenario, NetworkSettings.Default);
        var coverage = await CommuteData.ReadCoverageAsync(store, ct);
        var result = CommuteAnalyzer.Run(network, coverage, new CommuteRequest(place, call.Minutes, call.Modes, call.Direction, call.CellSizeMeters));
        await using (var file = File.Create(output))
        {
            await CommuteGeoJson.WriteAsync(result, file, ct);
        }

        foreach (var area in result.Areas)
        {
            var metropolitan = area.Coverage.Metropolitan;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{area.Minutes,4} min  {area.AreaKm2,10:N1} km²  {metropolitan.CoveredPopulation ?? 0,12:N0} people ({metropolitan.PopulationShare ?? 0:P1} of the metropolitan area)"));
        }

        Console.WriteLine($"wrote {output} ({result.Scenario.Name}, {TravelModeNames.Format(call.Modes)})");
        return 0;
    }
}
