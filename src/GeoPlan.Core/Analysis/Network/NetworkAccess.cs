namespace GeoPlan.Core.Analysis.Network;

/// <summary>The legs off the modelled network: walking and local driving between a place and the nodes near it.</summary>
/// <remarks>
/// A leg is the straight-line distance times <see cref="NetworkSettings.Circuity"/>, at walking speed up to
/// <see cref="NetworkSettings.MaxWalkMeters"/> to foot nodes (road foot nodes and station entrances), or at local driving speed
/// up to <see cref="NetworkSettings.MaxCarLocalMeters"/> to car nodes (road car nodes and station car parks).
/// </remarks>
internal sealed class NetworkAccess
{
    private const double BucketMeters = 500;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly NodeGrid _foot;
    private readonly NodeGrid _car;

    public NetworkAccess(TravelGraph graph, NetworkSettings settings)
    {
        var x = new double[graph.NodeCount];
        var y = new double[graph.NodeCount];
        var foot = new List<int>();
        var car = new List<int>();
        for (var n = 0; n < graph.NodeCount; n++)
        {
            x[n] = graph.X(n);
            y[n] = graph.Y(n);
            if (IsFoot(graph.Kind(n)))
            {
                foot.Add(n);
            }
            else if (IsCar(graph.Kind(n)))
            {
                car.Add(n);
            }
        }

        _x = x;
        _y = y;
        _foot = new NodeGrid(x, y, foot, BucketMeters);
        _car = new NodeGrid(x, y, car, BucketMeters);
        WalkSecondsPerMeter = settings.Circuity / settings.WalkMetersPerSecond;
        DriveSecondsPerMeter = settings.Circuity / settings.CarLocalMetersPerSecond;
        MaxWalkMeters = settings.MaxWalkMeters;
        MaxDriveMeters = settings.MaxCarLocalMeters;
    }

    /// <summary>Seconds per straight-line metre walked off the network.</summary>
    public double WalkSecondsPerMeter { get; }

    /// <summary>Seconds per straight-line metre driven on local streets.</summary>
    public double DriveSecondsPerMeter { get; }

    public double MaxWalkMeters { get; }

    public double MaxDriveMeters { get; }

    /// <summary>True for nodes a walker reaches from off the network: road foot nodes and station entrances.</summary>
    public static bool IsFoot(NodeKind kind) => kind is NodeKind.RoadOnFoot or NodeKind.StationStreet;

    /// <summary>True for nodes a driver reaches from off the network: road car nodes and station car parks.</summary>
    public static bool IsCar(NodeKind kind) => kind is NodeKind.RoadByCar or NodeKind.StationCar;

    /// <summary>The nodes a place connects to with the allowed modes, each with its leg's seconds.</summary>
    public List<NodeStart> Starts(double x, double y, TravelModes allowed)
    {
        var starts = new List<NodeStart>();
        var found = new List<int>();
        if ((allowed & TravelModes.Walk) != 0)
        {
            _foot.Within(x, y, MaxWalkMeters, found);
            AddStarts(found, x, y, WalkSecondsPerMeter, starts);
        }

        if ((allowed & TravelModes.Car) != 0)
        {
            found.Clear();
            _car.Within(x, y, MaxDriveMeters, found);
            AddStarts(found, x, y, DriveSecondsPerMeter, starts);
        }

        return starts;
    }

    /// <summary>The node nearest to a place among those the allowed modes connect to, at any distance.</summary>
    public NearestNode? Nearest(double x, double y, TravelModes allowed)
    {
        var foot = (allowed & TravelModes.Walk) != 0 ? _foot.Nearest(x, y) : null;
        var car = (allowed & TravelModes.Car) != 0 ? _car.Nearest(x, y) : null;
        if (foot is null || car is null)
        {
            return foot ?? car;
        }

        return car.Value.Meters < foot.Value.Meters ? car : foot;
    }

    private void AddStarts(List<int> nodes, double x, double y, double secondsPerMeter, List<NodeStart> starts)
    {
        foreach (var n in nodes)
        {
            var dx = _x[n] - x;
            var dy = _y[n] - y;
            starts.Add(new NodeStart(n, Math.Sqrt((dx * dx) + (dy * dy)) * secondsPerMeter));
        }
    }
}
