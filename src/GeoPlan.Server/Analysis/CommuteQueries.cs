using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Writing;
using GeoPlan.Server.Hosting;
using GeoPlan.Server.Http;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Analysis;

/// <summary>Answers commute queries for the HTTP API and the OGC process alike: place lookup, cached network, analysis, GeoJSON.</summary>
public sealed class CommuteQueries
{
    private readonly IFeatureStore _store;
    private readonly CommuteNetworks _networks;

    /// <summary>Queries over <paramref name="store"/> with the scenarios configured in <paramref name="options"/>.</summary>
    public CommuteQueries(IFeatureStore store, CommuteNetworks networks, IOptions<GeoPlanOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _networks = networks;
        Scenarios = new CommuteScenarioCatalog(options.Value.CommuteScenarios.Select(s => s.ToScenario()));
    }

    /// <summary>The scenarios queries may name.</summary>
    public CommuteScenarioCatalog Scenarios { get; }

    /// <summary>The GeoJSON answer to <paramref name="inputs"/>, or a problem: 400 for a bad input, 422 for a place off the network.</summary>
    public async Task<IResult> AnswerAsync(CommuteInputs inputs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (call, problem) = inputs.Read(Scenarios);
        if (problem is not null)
        {
            return problem;
        }

        var (result, failure) = await RunAsync(call!, ct);
        if (failure is not null)
        {
            return failure;
        }

        using var body = new MemoryStream();
        await CommuteGeoJson.WriteAsync(result!, body, ct);
        return TypedResults.Bytes(body.ToArray(), CommuteGeoJson.MediaType);
    }

    /// <summary>The analysis of a query, or a problem when its place cannot be found or lies off the network.</summary>
    public async Task<(CommuteResult? Result, IResult? Problem)> RunAsync(CommuteCall call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var direction = call.Direction == SearchDirection.Forward ? "from" : "to";
        var (place, error) = await CommutePlaces.ResolveAsync(_store, call.Place, ct);
        if (place is null)
        {
            return (null, ApiProblem.BadParameter(direction, error!));
        }

        MultimodalNetwork network;
        try
        {
            network = await _networks.GetNetworkAsync(call.Scenario, ct);
        }
        catch (NetworkDataException e)
        {
            return (null, TypedResults.Problem(
                title: "The network's data cannot be used",
                detail: $"{e.Message}; the service's operator must correct the data (or GeoPlan:CommuteRoads) before commutes can be computed",
                statusCode: StatusCodes.Status422UnprocessableEntity));
        }

        var coverage = await _networks.GetCoverageAsync(ct);
        try
        {
            var request = new CommuteRequest(place, call.Minutes, call.Modes, call.Direction, call.CellSizeMeters);
            return (CommuteAnalyzer.Run(network, coverage, request), null);
        }
        catch (OriginOutsideNetworkException e)
        {
            return (null, TypedResults.Problem(
                title: "Place outside the network",
                detail: e.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?>
                {
                    ["parameter"] = direction,
                    ["nearest_node_m"] = double.IsFinite(e.NearestNodeMeters) ? Math.Round(e.NearestNodeMeters, 1) : null,
                    ["limit_m"] = e.LimitMeters,
                }));
        }
    }
}
