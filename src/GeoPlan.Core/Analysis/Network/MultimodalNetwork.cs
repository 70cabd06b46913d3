using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>The commute network of a scenario: roads on foot and by car, and the rail lines that run, as one searchable graph.</summary>
/// <remarks>Building takes a while on a large road layer; callers build once per scenario and settings and keep the result.</remarks>
public sealed class MultimodalNetwork
{
    private readonly Dictionary<string, int> _stationEntrances;
    private readonly Dictionary<string, int> _stationExits;

    private MultimodalNetwork(
        TravelGraph graph, CommuteScenario scenario, NetworkSettings settings, List<string> runningLines,
        Dictionary<string, int> stationEntrances, Dictionary<string, int> stationExits, List<string> assumptions)
    {
        Graph = graph;
        Scenario = scenario;
        Settings = settings;
        RunningLines = runningLines;
        _stationEntrances = stationEntrances;
        _stationExits = stationExits;
        Assumptions = assumptions;
        Access = new NetworkAccess(graph, settings);
        Extent = new Envelope();
        for (var n = 0; n < graph.NodeCount; n++)
        {
            Extent.ExpandToInclude(graph.X(n), graph.Y(n));
        }
    }

    /// <summary>The graph to search.</summary>
    public TravelGraph Graph { get; }

    /// <summary>The scenario the network was built for.</summary>
    public CommuteScenario Scenario { get; }

    /// <summary>The travel assumptions the network was built with.</summary>
    public NetworkSettings Settings { get; }

    /// <summary>The bounds of all nodes, in metres (EPSG:4550); empty when the network has no nodes.</summary>
    public Envelope Extent { get; }

    /// <summary>The ids of the rail line features (sections) that run in the scenario, in layer order.</summary>
    public IReadOnlyList<string> RunningLines { get; }

    /// <summary>Station feature id → its street entrance node (where trips board), for every station a running line calls at.</summary>
    public IReadOnlyDictionary<string, int> StationEntrances => _stationEntrances;

    /// <summary>Station feature id → its street exit node (where trips arrive), for every station a running line calls at.</summary>
    public IReadOnlyDictionary<string, int> StationExits => _stationExits;

    /// <summary>Where the build had to assume a value the data did not give (a default headway, an unknown road class).</summary>
    public IReadOnlyList<string> Assumptions { get; }

    internal NetworkAccess Access { get; }

    /// <summary>Builds the network of <paramref name="scenario"/> from the layers.</summary>
    /// <exception cref="NetworkDataException">A feature the network needs is malformed; the message names it and the fix.</exception>
    public static MultimodalNetwork Build(NetworkLayers layers, CommuteScenario scenario, NetworkSettings settings)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new TravelGraphBuilder();
        var assumptions = new List<string>();
        new RoadGraphBuilder(builder, settings, assumptions).AddAll(layers.Roads, scenario.Year);
        var rail = new RailGraphBuilder(builder, settings, assumptions);
        rail.AddAll(layers.RailLines, layers.RailStations, scenario);
        return new MultimodalNetwork(builder.Build(), scenario, settings, rail.RunningLines, rail.StationEntrances, rail.StationExits, assumptions);
    }

    /// <summary>The node nearest to a place (metres, EPSG:4550) among those the modes start from, or null when there is none.</summary>
    /// <remarks>Walking and rail start from road foot nodes and station entrances; the car from road car nodes and station car parks.</remarks>
    public NearestNode? Nearest(Coordinate metres, TravelModes modes)
    {
        ArgumentNullException.ThrowIfNull(metres);
        return Access.Nearest(metres.X, metres.Y, TravelTimeSearch.Allowed(modes));
    }
}
