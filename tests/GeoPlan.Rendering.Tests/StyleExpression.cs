using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeoPlan.Rendering.Tests;

/// <summary>Evaluates the MapLibre expressions GeoPlan's style uses (get, match, ==, coalesce, literal) for one feature.</summary>
internal static class StyleExpression
{
    public static JsonNode? Evaluate(JsonNode? expression, IReadOnlyDictionary<string, string?> properties)
    {
        if (expression is not JsonArray { Count: > 0 } array || array[0] is not JsonValue op || op.GetValueKind() != JsonValueKind.String)
        {
            return expression;
        }

        return op.GetValue<string>() switch
        {
            "get" => properties.GetValueOrDefault(array[1]!.GetValue<string>()) is { } value ? JsonValue.Create(value) : null,
            "literal" => array[1],
            "==" => JsonValue.Create(JsonNode.DeepEquals(Evaluate(array[1], properties), Evaluate(array[2], properties))),
            "coalesce" => array.Skip(1).Select(a => Evaluate(a, properties)).FirstOrDefault(v => v is not null),
            "match" => Match(array, properties),
            var other => throw new NotSupportedException($"expression '{other}'"),
        };
    }

    public static bool Passes(JsonNode? filter, IReadOnlyDictionary<string, string?> properties) =>
        filter is null || Evaluate(filter, properties)!.GetValue<bool>();

    private static JsonNode? Match(JsonArray array, IReadOnlyDictionary<string, string?> properties)
    {
        var input = Evaluate(array[1], properties)?.GetValue<string>();
        for (var i = 2; i < array.Count - 1; i += 2)
        {
            var labels = array[i] is JsonArray list ? list.Select(l => l!.GetValue<string>()) : [array[i]!.GetValue<string>()];
            if (labels.Contains(input))
            {
                return Evaluate(array[i + 1], properties);
            }
        }

        return Evaluate(array[^1], properties);
    }
}
