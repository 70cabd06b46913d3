using System.Text.Json.Nodes;

namespace GeoPlan.Server.Features;

/// <summary>JSON Merge Patch (RFC 7396): an object's members replace the target's, null removes one, anything else replaces it
/// whole.</summary>
public static class MergePatch
{
    /// <summary>The media type of a merge patch.</summary>
    public const string MediaType = "application/merge-patch+json";

    /// <summary>The result of applying <paramref name="patch"/> to <paramref name="target"/>; neither is changed.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject members)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : [];
        foreach (var (name, value) in members)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                result[name] = Apply(result[name], value);
            }
        }

        return result;
    }
}
