using System.Globalization;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Import;

/// <summary>The geometry type and fields a collection will have after an import, learnt from the features or fixed by the collection.</summary>
/// <remarks>
/// A collection being appended to keeps its geometry type and fields: a feature that does not fit them is a problem. One being replaced keeps
/// its geometry type and takes its fields from the file; a new one takes both from the file. Learning widens: integer to real, anything
/// mixed with text to text, Point to MultiPoint; polygons are always held as MultiPolygon and lines as MultiLineString.
/// </remarks>
internal sealed class ImportSchema
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private readonly List<string> _order = [];

    // A field seen only with null values has no type yet (null); it is written as text unless a value says otherwise.
    private readonly Dictionary<string, FieldType?> _types = new(StringComparer.Ordinal);
    private readonly bool _geometryFixed;
    private readonly bool _fieldsFixed;

    private ImportSchema(OgcGeometryType? geometryType, IReadOnlyList<FieldInfo>? fields, bool geometryFixed)
    {
        GeometryType = geometryType;
        _geometryFixed = geometryFixed;
        _fieldsFixed = fields is not null;
        foreach (var field in fields ?? [])
        {
            _order.Add(field.Name);
            _types[field.Name] = field.Type;
        }
    }

    /// <summary>The geometry type features are held as; null until a feature has been seen.</summary>
    public OgcGeometryType? GeometryType { get; private set; }

    /// <summary>The fields in the order first seen, those seen only as null as text.</summary>
    public IReadOnlyList<FieldInfo> Fields => _order.Select(name => new FieldInfo(name, _types[name] ?? FieldType.Text)).ToList();

    /// <summary>The schema of a collection appended to: its geometry type and fields are fixed.</summary>
    public static ImportSchema Of(LayerInfo layer) => new(layer.GeometryType, layer.Fields, geometryFixed: true);

    /// <summary>The schema of a collection replaced: its geometry type is fixed, its fields come from the file.</summary>
    public static ImportSchema Replacing(LayerInfo layer) => new(layer.GeometryType, null, geometryFixed: true);

    /// <summary>The schema of a new collection, all from the file.</summary>
    public static ImportSchema New() => new(null, null, geometryFixed: false);

    /// <summary>Widens the schema so <paramref name="feature"/> fits; the problem when nothing can make it fit.</summary>
    public string? Learn(PlanFeature feature)
    {
        var (_, problem, widerType) = FitGeometry(feature.Geometry);
        if (problem is not null)
        {
            return problem;
        }

        GeometryType = widerType ?? GeometryType;
        foreach (var (name, value) in feature.Attributes)
        {
            var kind = TypeOf(value);
            if (!_types.TryGetValue(name, out var type))
            {
                if (_fieldsFixed)
                {
                    return UnknownField(name);
                }

                _order.Add(name);
                _types[name] = kind;
            }
            else if (kind is { } valueType && !Holds(type, valueType))
            {
                if (_fieldsFixed)
                {
                    return WrongType(name, value, type!.Value);
                }

                _types[name] = type is null ? valueType : Wider(type.Value, valueType);
            }
        }

        return null;
    }

    /// <summary><paramref name="feature"/> as the schema holds it (geometry made multi, values converted), or null when it does not fit:
    /// then <paramref name="problem"/> says why if no wider schema could take it either.</summary>
    public PlanFeature? Fit(PlanFeature feature, out string? problem)
    {
        var (geometry, geometryProblem, widerType) = FitGeometry(feature.Geometry);
        problem = geometryProblem;
        if (geometry is null || widerType is not null)
        {
            return null;
        }

        Dictionary<string, object?>? converted = null;
        foreach (var (name, value) in feature.Attributes)
        {
            if (!_types.TryGetValue(name, out var type))
            {
                problem = _fieldsFixed ? UnknownField(name) : null;
                return null;
            }

            if (value is null)
            {
                continue;
            }

            var kind = TypeOf(value)!.Value;
            if (!Holds(type, kind))
            {
                problem = _fieldsFixed ? WrongType(name, value, type!.Value) : null;
                return null;
            }

            if (type != kind)
            {
                converted ??= new Dictionary<string, object?>(feature.Attributes, StringComparer.Ordinal);
                converted[name] = type == FieldType.Real ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }

        return converted is null && ReferenceEquals(geometry, feature.Geometry)
            ? feature
            : feature with { Geometry = geometry, Attributes = converted ?? feature.Attributes };
    }

    // The geometry as the schema's type holds it; or the problem; or the wider type the schema would need to hold it.
    private (Geometry? Geometry, string? Problem, OgcGeometryType? WiderType) FitGeometry(Geometry geometry)
    {
        if (Flatten(geometry) is not { } flat)
        {
            return (null, $"a {geometry.GeometryType} mixes points, lines and polygons; a collection holds one kind: split it", null);
        }

        var held = HeldAs(flat);
        if (GeometryType is not { } target)
        {
            return (null, null, held);
        }

        if (Family(target) != Family(held))
        {
            return (null, $"a {flat.GeometryType} does not belong in a collection of {target} features; import it into another collection", null);
        }

        if (target == OgcGeometryType.Point && held == OgcGeometryType.MultiPoint)
        {
            return flat.NumGeometries == 1
                ? (flat.GetGeometryN(0), null, null)
                : _geometryFixed
                    ? (null, $"a MultiPoint of {flat.NumGeometries} points does not belong in a collection of Point features", null)
                    : (null, null, OgcGeometryType.MultiPoint);
        }

        return (Multi(flat, target), null, null);
    }

    private static Geometry? Flatten(Geometry geometry)
    {
        if (geometry.OgcGeometryType != OgcGeometryType.GeometryCollection)
        {
            return geometry;
        }

        var parts = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).ToList();
        if (parts.Count == 0 || parts.Select(p => Family(p.OgcGeometryType)).Distinct().Count() != 1)
        {
            return null;
        }

        return Family(parts[0].OgcGeometryType) switch
        {
            OgcGeometryType.Point => Wgs84.CreateMultiPoint(parts.SelectMany(Parts<Point>).ToArray()),
            OgcGeometryType.LineString => Wgs84.CreateMultiLineString(parts.SelectMany(Parts<LineString>).ToArray()),
            _ => Wgs84.CreateMultiPolygon(parts.SelectMany(Parts<Polygon>).ToArray()),
        };
    }

    private static IEnumerable<T> Parts<T>(Geometry g)
        where T : Geometry => Enumerable.Range(0, g.NumGeometries).Select(i => (T)g.GetGeometryN(i));

    private static OgcGeometryType HeldAs(Geometry flat) => flat.OgcGeometryType switch
    {
        OgcGeometryType.Point => OgcGeometryType.Point,
        OgcGeometryType.MultiPoint => OgcGeometryType.MultiPoint,
        OgcGeometryType.LineString or OgcGeometryType.MultiLineString => OgcGeometryType.MultiLineString,
        _ => OgcGeometryType.MultiPolygon,
    };

    private static Geometry Multi(Geometry flat, OgcGeometryType target) => (target, flat) switch
    {
        (OgcGeometryType.MultiPoint, Point p) => Wgs84.CreateMultiPoint([p]),
        (OgcGeometryType.MultiLineString, LineString l) => Wgs84.CreateMultiLineString([l]),
        (OgcGeometryType.MultiPolygon, Polygon p) => Wgs84.CreateMultiPolygon([p]),
        _ => flat,
    };

    private static OgcGeometryType Family(OgcGeometryType type) => type switch
    {
        OgcGeometryType.Point or OgcGeometryType.MultiPoint => OgcGeometryType.Point,
        OgcGeometryType.LineString or OgcGeometryType.MultiLineString => OgcGeometryType.LineString,
        OgcGeometryType.Polygon or OgcGeometryType.MultiPolygon => OgcGeometryType.Polygon,
        _ => type,
    };

    private static FieldType? TypeOf(object? value) => value switch
    {
        null => null,
        long => FieldType.Integer,
        double => FieldType.Real,
        bool => FieldType.Boolean,
        _ => FieldType.Text,
    };

    // Whether a field of type (null: not known yet) holds a value of kind without widening.
    private static bool Holds(FieldType? type, FieldType kind) =>
        type == kind || type == FieldType.Text || (type == FieldType.Real && kind == FieldType.Integer);

    private static FieldType Wider(FieldType a, FieldType b) =>
        (a, b) is (FieldType.Integer, FieldType.Real) or (FieldType.Real, FieldType.Integer) ? FieldType.Real : FieldType.Text;

    private static string UnknownField(string name) =>
        $"'{name}' is not a field of the collection; leave it out of the file, or replace the collection to change its fields";

    private static string WrongType(string name, object? value, FieldType type) =>
        $"'{name}' is '{value}', which is not {type.ToString().ToLowerInvariant()} as the collection's field is";
}
