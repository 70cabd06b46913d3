using System.Text.Json;
using GeoPlan.Core.Model;

namespace GeoPlan.Geodata;

/// <summary>Infers a layer's attribute fields and their types from the property values it sees.</summary>
internal sealed class FieldInference
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, FieldType?> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _conflicts = [];

    /// <summary>Records one property value and returns it as a CLR value (string, long, double, bool or null).</summary>
    public object? Observe(FeatureProperty property, string featureId, Action<string?, string> problem)
    {
        var (type, value) = property.Kind switch
        {
            JsonValueKind.String => (FieldType.Text, property.Value),
            JsonValueKind.Number when property.Value is long => (FieldType.Integer, property.Value),
            JsonValueKind.Number => (FieldType.Real, property.Value),
            JsonValueKind.True or JsonValueKind.False => (FieldType.Boolean, property.Value),
            JsonValueKind.Null => ((FieldType?)null, (object?)null),
            _ => Reject(property.Name, featureId, problem),
        };

        if (!_types.TryGetValue(property.Name, out var known))
        {
            _order.Add(property.Name);
            _types[property.Name] = type;
        }
        else if (type is not null && known is not null && known != type)
        {
            // A column of whole numbers that meets a fraction is a column of reals.
            if (IsNumeric(known.Value) && IsNumeric(type.Value))
            {
                _types[property.Name] = FieldType.Real;
            }
            else if (_conflicts.Add(property.Name))
            {
                problem(featureId, $"'{property.Name}' is {type} here but {known} in an earlier feature; one field, one type");
            }
        }
        else
        {
            _types[property.Name] = known ?? type;
        }

        return value;
    }

    /// <summary>The fields seen, in order of first appearance; a field that is null everywhere is text.</summary>
    public List<FieldInfo> Result() => _order.Select(name => new FieldInfo(name, _types[name] ?? FieldType.Text)).ToList();

    /// <summary>A feature's attributes in the layer's schema: every field present (null where the feature lacks it), whole numbers as doubles in real fields.</summary>
    public static IReadOnlyDictionary<string, object?> Conform(IReadOnlyDictionary<string, object?> attributes, IReadOnlyList<FieldInfo> fields) =>
        IsConforming(attributes, fields)
            ? attributes
            : fields.ToDictionary(
                f => f.Name,
                f => attributes.GetValueOrDefault(f.Name) is long whole && f.Type == FieldType.Real ? (double)whole : attributes.GetValueOrDefault(f.Name),
                StringComparer.Ordinal);

    // Most features already have every field, in order, with the right kind of number: they keep their own dictionary.
    private static bool IsConforming(IReadOnlyDictionary<string, object?> attributes, IReadOnlyList<FieldInfo> fields)
    {
        if (attributes.Count != fields.Count)
        {
            return false;
        }

        var i = 0;
        foreach (var (name, value) in attributes)
        {
            if (name != fields[i].Name || (value is long && fields[i].Type == FieldType.Real))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    private static bool IsNumeric(FieldType type) => type is FieldType.Integer or FieldType.Real;

    private static (FieldType?, object?) Reject(string name, string featureId, Action<string?, string> problem)
    {
        problem(featureId, $"'{name}' must be a string, number, boolean or null; write lists as comma-separated text");
        return (null, null);
    }
}
