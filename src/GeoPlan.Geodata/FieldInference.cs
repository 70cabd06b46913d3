using GeoPlan.Core.Model;

namespace GeoPlan.Geodata;

/// <summary>Infers a layer's attribute fields and their types from the property values it sees.</summary>
internal sealed class FieldInference
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, FieldType?> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _conflicts = [];

    /// <summary>Records one attribute value: a string, long, double, bool or null; a value of another type than earlier ones is a problem.</summary>
    public void Observe(string name, object? value, string featureId, Action<string?, string> problem)
    {
        FieldType? type = value switch
        {
            string => FieldType.Text,
            long => FieldType.Integer,
            double => FieldType.Real,
            bool => FieldType.Boolean,
            _ => null,
        };

        if (!_types.TryGetValue(name, out var known))
        {
            _order.Add(name);
            _types[name] = type;
        }
        else if (type is not null && known is not null && known != type)
        {
            // A column of whole numbers that meets a fraction is a column of reals.
            if (IsNumeric(known.Value) && IsNumeric(type.Value))
            {
                _types[name] = FieldType.Real;
            }
            else if (_conflicts.Add(name))
            {
                problem(featureId, $"'{name}' is {type} here but {known} in an earlier feature; one field, one type");
            }
        }
        else
        {
            _types[name] = known ?? type;
        }
    }

    /// <summary>The fields seen, in order of first appearance; a field that is null everywhere is text.</summary>
    public List<FieldInfo> Result() => _order.Select(name => new FieldInfo(name, _types[name] ?? FieldType.Text)).ToList();

    /// <summary>Whether every attribute has a field among <paramref name="fields"/> and a value that field's type can hold.</summary>
    public static bool Fits(IReadOnlyDictionary<string, object?> attributes, IReadOnlyList<FieldInfo> fields)
    {
        foreach (var (name, value) in attributes)
        {
            if (Find(fields, name) is not { } field || !CanHold(field.Type, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A feature with its attributes in the layer's schema: every field present (null where it lacks one), whole numbers as doubles in real fields.</summary>
    /// <remarks>A value of another type than its field's, a problem already reported, becomes null, so it never reaches a typed column.</remarks>
    public static PlanFeature Conform(PlanFeature feature, IReadOnlyList<FieldInfo> fields) =>
        IsConforming(feature.Attributes, fields)
            ? feature
            : feature with
            {
                Attributes = fields.ToDictionary(f => f.Name, f => Convert(f.Type, feature.Attributes.GetValueOrDefault(f.Name)), StringComparer.Ordinal),
            };

    private static object? Convert(FieldType type, object? value) => value switch
    {
        long whole when type == FieldType.Real => (double)whole,
        _ when CanHold(type, value) => value,
        _ => null,
    };

    private static bool CanHold(FieldType type, object? value) => value switch
    {
        null => true,
        string => type == FieldType.Text,
        long => IsNumeric(type),
        double => type == FieldType.Real,
        bool => type == FieldType.Boolean,
        _ => false,
    };

    private static FieldInfo? Find(IReadOnlyList<FieldInfo> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name == name)
            {
                return fields[i];
            }
        }

        return null;
    }

    // Most features already have every field, in order, with values of the right type: they keep their own dictionary.
    private static bool IsConforming(IReadOnlyDictionary<string, object?> attributes, IReadOnlyList<FieldInfo> fields)
    {
        if (attributes.Count != fields.Count)
        {
            return false;
        }

        var i = 0;
        foreach (var (name, value) in attributes)
        {
            if (name != fields[i].Name || value is long && fields[i].Type == FieldType.Real || !CanHold(fields[i].Type, value))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    private static bool IsNumeric(FieldType type) => type is FieldType.Integer or FieldType.Real;
}
