namespace GeoPlan.Core.Tiles;

/// <summary>Builds one Mapbox Vector Tile from layers of WGS 84 features; not thread-safe.</summary>
/// <param name="tile">The tile to build.</param>
/// <param name="options">Extent and buffer; extent 4096 and buffer 64 when null.</param>
public sealed class VectorTileBuilder(TileAddress tile, TileOptions? options = null)
{
    private readonly MvtWriter _writer = new();

    /// <summary>The tile being built.</summary>
    public TileAddress Tile { get; } = tile;

    /// <summary>The tile's extent and buffer.</summary>
    public TileOptions Options { get; } = options ?? TileOptions.Default;

    /// <summary>Adds a layer of features prepared as <see cref="TileGeometryPreparer"/> says; returns how many were written.</summary>
    /// <remarks>Features left empty in this tile are skipped, and a layer left with none is omitted from the tile.</remarks>
    public int AddLayer(string name, IEnumerable<TileFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var preparer = new TileGeometryPreparer(Tile, Options);
        _writer.BeginLayer(name, Options.Extent);
        foreach (var feature in features)
        {
            if (preparer.Prepare(feature.Geometry) is { } geometry)
            {
                _writer.AddFeature(geometry, feature.Properties, feature.Id);
            }
        }

        return _writer.EndLayer();
    }

    /// <summary>The tile's bytes: empty when no layer had a feature in the tile.</summary>
    public byte[] ToArray() => _writer.ToArray();
}
