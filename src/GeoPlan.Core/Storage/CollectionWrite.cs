using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Storage;

/// <summary>One <see cref="IFeatureWriter.WriteLayerAsync(LayerInfo, ImportMode, IAsyncEnumerable{PlanFeature}, string, CancellationToken)"/>
/// as a store carries it out: the collection checked before anything is written, then each feature as it streams by, counted and
/// measured, so every store refuses the same writes with the same words.</summary>
public sealed partial class CollectionWrite
{
    /// <summary>The longest collection id: it names tables, indexes and constraints, which PostgreSQL cuts at 63 bytes.</summary>
    public const int MaxIdLength = 50;

    /// <summary>The longest field name in UTF-8 bytes, PostgreSQL's identifier limit.</summary>
    public const int MaxFieldNameBytes = 63;

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    // Names GeoPackage reserves for its own tables, and the columns every feature table has.
    private static readonly string[] ReservedPrefixes = ["gpkg_", "rtree_", "sqlite_"];
    private static readonly HashSet<string> ReservedFields =
        new(["fid", "geom", "id", .. LayerInfo.CommonFields.Select(f => f.Name)], StringComparer.OrdinalIgnoreCase);

    private static readonly OgcGeometryType[] StorableTypes =
    [
        OgcGeometryType.Point, OgcGeometryType.LineString, OgcGeometryType.Polygon, OgcGeometryType.MultiPoint,
        OgcGeometryType.MultiLineString, OgcGeometryType.MultiPolygon, OgcGeometryType.GeometryCollection,
    ];

    private readonly IAsyncEnumerable<PlanFeature> _features;
    private readonly Envelope _extent = new();
    private bool _read;

    /// <summary>Checks the collection's id, geometry type and fields; the features are checked later, as they are read.</summary>
    /// <exception cref="ArgumentException">The id or a field cannot be stored, with what is wrong and what is allowed.</exception>
    public CollectionWrite(LayerInfo layer, ImportMode mode, IAsyncEnumerable<PlanFeature> features)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(features);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "the import mode is replace or append");
        }

        CheckLayer(layer);
        Layer = layer;
        Mode = mode;
        _features = features;
    }

    /// <summary>The collection as the write is to leave it: id, titles, geometry type and fields.</summary>
    public LayerInfo Layer { get; }

    /// <summary>Whether the features replace the collection's or join them.</summary>
    public ImportMode Mode { get; }

    /// <summary>How many features have been read so far; all of them once <see cref="ReadAsync"/> has ended.</summary>
    public long Count { get; private set; }

    /// <summary>The lon/lat box of the features read so far, or null while there are none.</summary>
    public Envelope? Extent => _extent.IsNull ? null : _extent.Copy();

    /// <summary>Throws <see cref="LayerMismatchException"/> when <see cref="Layer"/>'s features cannot be appended to
    /// <paramref name="existing"/>: it is missing (null), holds another geometry type, or lacks a field or types it otherwise.</summary>
    public void CheckAppendTo(LayerInfo? existing)
    {
        if (existing is null)
        {
            throw new LayerMismatchException(Layer.Id, "it does not exist; import with replace to create it");
        }

        var differences = new List<string>();
        if (existing.GeometryType != Layer.GeometryType)
        {
            differences.Add($"it holds {existing.GeometryType} features, not {Layer.GeometryType} ones");
        }

        foreach (var field in Layer.Fields)
        {
            var held = existing.Fields.FirstOrDefault(f => f.Name == field.Name);
            if (held is null)
            {
                differences.Add($"it has no field '{field.Name}'");
            }
            else if (held.Type != field.Type)
            {
                differences.Add($"its field '{field.Name}' holds {Describe(held.Type)} values, not {Describe(field.Type)} ones");
            }
        }

        if (differences.Count > 0)
        {
            var fields = existing.Fields.Count == 0
                ? "it has no fields of its own"
                : "its fields are " + string.Join(", ", existing.Fields.Select(f => $"{f.Name} ({Describe(f.Type)})"));
            throw new LayerMismatchException(
                Layer.Id, $"{string.Join("; ", differences)} ({fields}); import with replace to change its schema");
        }
    }

    /// <summary>The features, each checked against <see cref="Layer"/> as it is read: a geometry of the collection's type in WGS 84,
    /// the texts every feature has, and attribute values of their fields' types. Can be read once.</summary>
    /// <remarks>A geometry without an SRID (0) is taken as WGS 84, as <see cref="PlanFeature.Geometry"/> promises, and given 4326.
    /// Attributes the collection has no field for are not stored.</remarks>
    /// <exception cref="ArgumentException">A feature cannot be stored; the message names it, its position and the problem.</exception>
    public async IAsyncEnumerable<PlanFeature> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_read)
        {
            throw new InvalidOperationException("the features of a write can be read only once");
        }

        _read = true;
        await foreach (var feature in _features.WithCancellation(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var checkedFeature = Check(feature, Count + 1);
            Count++;
            _extent.ExpandToInclude(checkedFeature.Geometry.EnvelopeInternal);
            yield return checkedFeature;
        }
    }

    /// <summary>The collection as the write leaves it, given what it was before (null when it did not exist).</summary>
    public LayerInfo Result(LayerInfo? before)
    {
        if (Mode == ImportMode.Replace || before is null)
        {
            return Layer with { Extent = Extent, FeatureCount = Count };
        }

        var extent = before.Extent?.Copy() ?? new Envelope();
        extent.ExpandToInclude(_extent);
        return before with { Extent = extent.IsNull ? null : extent, FeatureCount = before.FeatureCount + Count };
    }

    /// <summary>The change to announce once the write is committed, given the collection before it (null when it did not exist).</summary>
    /// <remarks>A replace touched where the old features were and where the new ones are; an append only where the new ones are.</remarks>
    public FeatureChange Change(LayerInfo? before) => Mode == ImportMode.Replace
        ? new FeatureChange(Layer.Id, before?.Extent, Extent)
        : new FeatureChange(Layer.Id, null, Extent);

    /// <summary>Checks one feature as <see cref="ReadAsync"/> checks each: the same rules, the same words.</summary>
    internal PlanFeature CheckFeature(PlanFeature feature) => Check(feature, 1);

    private PlanFeature Check(PlanFeature? feature, long number)
    {
        ArgumentNullException.ThrowIfNull(feature, nameof(feature));
        var where = string.IsNullOrEmpty(feature.Id)
            ? $"feature number {number} written to '{Layer.Id}'"
            : $"feature '{feature.Id}' (number {number} written to '{Layer.Id}')";
        string? problem = feature switch
        {
            { Id: null or "" } => "has no id",
            { Geometry: null } => "has no geometry",
            { NameZh: null } or { NameEn: null } or { Source: null } => "lacks name_zh, name_en or source, which every feature has",
            _ when !Enum.IsDefined(feature.Status) =>
                $"has the status {feature.Status}, which is not one of {string.Join(", ", WireName.All<FeatureStatus>())}",
            _ when feature.Geometry.OgcGeometryType != Layer.GeometryType =>
                $"has a {feature.Geometry.OgcGeometryType} geometry, but the collection holds {Layer.GeometryType} features; " +
                "convert it or import it elsewhere",
            _ when feature.Geometry.SRID is not (0 or 4326) =>
                $"has a geometry with SRID {feature.Geometry.SRID}; stores hold WGS 84 (EPSG:4326) lon/lat: reproject it first",
            _ => AttributeProblem(feature),
        };
        if (problem is not null)
        {
            throw new ArgumentException($"{where} {problem}", nameof(feature));
        }

        var geometry = feature.Geometry!;
        return geometry.SRID == 4326 ? feature : feature with { Geometry = Wgs84.CreateGeometry(geometry) };
    }

    private string? AttributeProblem(PlanFeature feature)
    {
        foreach (var field in Layer.Fields)
        {
            var value = feature.Attributes.GetValueOrDefault(field.Name);
            var fits = (field.Type, value) switch
            {
                (_, null) => true,
                (FieldType.Text, string) => true,
                (FieldType.Integer, long or int) => true,
                (FieldType.Real, double or long or int) => true,
                (FieldType.Boolean, bool) => true,
                _ => false,
            };
            if (!fits)
            {
                var shown = Convert.ToString(value, CultureInfo.InvariantCulture);
                return $"has the value '{shown}' ({value!.GetType().Name}) for the field '{field.Name}', " +
                    $"which holds {Describe(field.Type)} values";
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="id"/> cannot name a collection, or null when it can.</summary>
    public static string? IdProblem(string? id)
    {
        if (id is null || id.Length > MaxIdLength || !CollectionId().IsMatch(id))
        {
            return $"'{id}' cannot be a collection id: use 1 to {MaxIdLength} lower-case ASCII letters, digits or underscores, " +
                "starting with a letter";
        }

        return ReservedPrefixes.FirstOrDefault(p => id.StartsWith(p, StringComparison.Ordinal)) is { } prefix
            ? $"'{id}' cannot be a collection id: the prefix '{prefix}' is reserved for GeoPackage's own tables"
            : null;
    }

    private static void CheckLayer(LayerInfo layer)
    {
        if (IdProblem(layer.Id) is { } idProblem)
        {
            throw new ArgumentException(idProblem, nameof(layer));
        }

        if (!StorableTypes.Contains(layer.GeometryType))
        {
            throw new ArgumentException(
                $"the collection '{layer.Id}' cannot hold {layer.GeometryType} geometries; use one of {string.Join(", ", StorableTypes)}",
                nameof(layer));
        }

        ArgumentNullException.ThrowIfNull(layer.Fields, nameof(layer));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in layer.Fields)
        {
            var problem = field switch
            {
                { Name: null or "" } => "a field has no name",
                _ when Encoding.UTF8.GetByteCount(field.Name) > MaxFieldNameBytes =>
                    $"the field name '{field.Name}' is longer than {MaxFieldNameBytes} bytes",
                _ when field.Name.Any(char.IsControl) => $"the field name '{field.Name}' contains a control character",
                _ when ReservedFields.Contains(field.Name) =>
                    $"the field name '{field.Name}' is taken by a column every feature has; rename the field",
                _ when !seen.Add(field.Name) => $"the field name '{field.Name}' is given twice (names are compared ignoring case)",
                _ when !Enum.IsDefined(field.Type) => $"the field '{field.Name}' has the unknown type {field.Type}",
                _ => null,
            };
            if (problem is not null)
            {
                throw new ArgumentException($"the collection '{layer.Id}' cannot be stored: {problem}", nameof(layer));
            }
        }
    }

    private static string Describe(FieldType type) => WireName.Of(type);

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex CollectionId();
}
