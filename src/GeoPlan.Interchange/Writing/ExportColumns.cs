using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;

namespace GeoPlan.Interchange.Writing;

/// <summary>The attribute columns every export writes: the feature id, the common fields, then the layer's own fields.</summary>
internal static class ExportColumns
{
    /// <summary>The id column's name.</summary>
    public const string Id = "id";

    /// <summary>Every column of a layer, in order, with its type.</summary>
    public static IReadOnlyList<FieldInfo> Of(LayerInfo layer) =>
        [new FieldInfo(Id, FieldType.Text), .. LayerInfo.CommonFields, .. layer.Fields];

    /// <summary>A feature's value for a column as the column's type: string, long, double, bool or null.</summary>
    public static object? ValueOf(PlanFeature feature, FieldInfo column)
    {
        var value = column.Name == Id ? feature.Id : FeatureColumns.ValueOf(feature, column.Name);
        return (column.Type, value) switch
        {
            (_, null) => null,
            (FieldType.Integer, int i) => (long)i,
            (FieldType.Real, long l) => (double)l,
            (FieldType.Real, int i) => (double)i,
            (FieldType.Real, float f) => (double)f,
            (FieldType.Text, not string) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
    }
}
