using NetTopologySuite.Geometries;
using OsmSharp;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>An OpenStreetMap file (XML <c>.osm</c> or <c>.osm.pbf</c>) read as one of <see cref="OsmLayers"/>.</summary>
/// <remarks>
/// The file is read twice: first its ways, to learn which nodes the chosen ways use; then nodes and ways, keeping only
/// those nodes' coordinates (see <see cref="NodeCoordinates"/>) and giving each feature as its element comes. Memory thus
/// grows with the chosen ways, not with the file. Nodes must come before ways, as in every extract and osmium output.
/// </remarks>
public sealed class OsmSource : IFeatureSource
{
    private const int Passes = 2;
    private static readonly GeometryFactory LongitudeLatitude = new(new PrecisionModel(), 4326);

    private readonly string _path;
    private readonly string _fileName;
    private readonly OsmFileFormat _format;
    private readonly OsmLayer _layer;
    private OsmPass? _pass;
    private double _progress;
    private bool _started;
    private bool _disposed;

    /// <summary>Opens <paramref name="path"/> to read the layer that <paramref name="options"/> names.</summary>
    /// <exception cref="SourceFormatException">The layer is missing or unknown, or the file is not OpenStreetMap XML or PBF.</exception>
    public OsmSource(string path, FeatureSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        _path = path;
        _fileName = System.IO.Path.GetFileName(path);
        var unknown = options.Layer is null ? "no layer was chosen" : $"there is no layer '{options.Layer}'";
        _layer = OsmLayer.Named(options.Layer) ?? throw new SourceFormatException(_fileName, "layer",
            $"an OpenStreetMap file holds several layers and an import fills one; {unknown}. " +
            $"Choose one of: {string.Join(", ", OsmLayers.All)}");
        _format = OsmFileFormatDetector.Detect(path);
    }

    /// <summary>The file names read as OpenStreetMap, compared ignoring case: <c>.osm</c>, <c>.osm.pbf</c> and <c>.pbf</c>.</summary>
    public static IReadOnlyList<string> FileExtensions { get; } = [".osm", ".osm.pbf", ".pbf"];

    /// <summary>True when <paramref name="path"/> ends with one of <see cref="FileExtensions"/>.</summary>
    public static bool HasFileExtension(string path) =>
        FileExtensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public string Format => _format == OsmFileFormat.Pbf ? "OpenStreetMap PBF" : "OpenStreetMap XML";

    /// <inheritdoc />
    public string? DeclaredCrs => null;

    /// <inheritdoc />
    public string? ImpliedCrs => "CRS84";

    /// <inheritdoc />
    /// <remarks>Each of the two reads of the file counts for half.</remarks>
    public double Progress => Volatile.Read(ref _progress);

    /// <inheritdoc />
    public IEnumerable<SourceFeature> ReadFeatures(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_started)
        {
            throw new InvalidOperationException($"{_fileName} is read once; open it again to read it again");
        }

        _started = true;
        return Read(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _pass?.Dispose();
        _pass = null;
    }

    private IEnumerable<SourceFeature> Read(CancellationToken cancellationToken)
    {
        var nodes = GatherWantedNodes(cancellationToken);
        using var pass = Open(1);
        Way? firstWay = null;
        while (pass.Next(skipNodes: false) is { } element)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Report(1, pass);
            if (element is Node { Id: { } id } node)
            {
                if (firstWay is not null)
                {
                    throw new SourceFormatException(_fileName, OsmPass.Describe(node),
                        $"node {id} comes after {OsmPass.Describe(firstWay)}; OpenStreetMap files list nodes before ways and this reader " +
                        "relies on it. Sort the file with `osmium sort FILE -o SORTED.osm.pbf`");
                }

                if (node is { Longitude: { } longitude, Latitude: { } latitude })
                {
                    nodes.Offer(id, longitude, latitude);
                    if (_layer.Selects(node))
                    {
                        var point = LongitudeLatitude.CreatePoint(NodeCoordinates.Round(longitude, latitude));
                        yield return new SourceFeature($"osm-node-{id}", point, _layer.Attributes(node), OsmPass.Describe(node));
                    }
                }
            }
            else if (element is Way way)
            {
                firstWay ??= way;
                if (_layer.Selects(way))
                {
                    yield return WayFeature(way, nodes);
                }
            }
        }

        Volatile.Write(ref _progress, 1);
    }

    private NodeCoordinates GatherWantedNodes(CancellationToken cancellationToken)
    {
        var nodes = new NodeCoordinates();
        using (var pass = Open(0))
        {
            while (pass.Next(skipNodes: true) is { } element)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Report(0, pass);
                if (element is Way { Nodes: { } ids } way && _layer.Selects(way))
                {
                    foreach (var id in ids)
                    {
                        nodes.Want(id);
                    }
                }
            }
        }

        nodes.Seal();
        return nodes;
    }

    private SourceFeature WayFeature(Way way, NodeCoordinates nodes)
    {
        var ids = way.Nodes ?? [];
        var position = OsmPass.Describe(way);
        var coordinates = new Coordinate[ids.Length];
        var missing = new List<long>();
        for (var i = 0; i < ids.Length; i++)
        {
            if (nodes.TryGet(ids[i], out var coordinate))
            {
                coordinates[i] = coordinate;
            }
            else
            {
                missing.Add(ids[i]);
            }
        }

        string? problem = null;
        if (missing.Count > 0)
        {
            var more = missing.Count > 1 ? $" and {missing.Count - 1} more of its {ids.Length} nodes" : "";
            problem = $"{position} uses node {missing[0]}{more}, which the file does not hold; an extract cut at its boundary " +
                "leaves such ways incomplete, so take an extract that reaches beyond the area of interest";
        }
        else if (ids.Length < 2)
        {
            problem = $"{position} has {ids.Length} node{(ids.Length == 1 ? "" : "s")}; a way needs at least 2 to have a shape";
        }

        var geometry = problem is null ? _layer.Shape(coordinates, LongitudeLatitude) : null;
        return new SourceFeature($"osm-way-{way.Id}", geometry, _layer.Attributes(way), position, problem);
    }

    private OsmPass Open(int passIndex)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _pass?.Dispose();
        _pass = new OsmPass(_path, _format);
        Volatile.Write(ref _progress, (double)passIndex / Passes);
        return _pass;
    }

    private void Report(int passIndex, OsmPass pass) => Volatile.Write(ref _progress, (passIndex + pass.Share) / Passes);
}
