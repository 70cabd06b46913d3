using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoPlan.Core.Model;

/// <summary>GeoPlan's wire names: snake_case, with digits set apart (TitleZh → title_zh, Target2023 → target_2023).</summary>
/// <remarks>Data files, the store's text columns and the API all use these names, so one word means one thing everywhere.</remarks>
public sealed class WireNamingPolicy : JsonNamingPolicy
{
    /// <summary>The one instance.</summary>
    public static WireNamingPolicy Instance { get; } = new();

    /// <summary>Sets <paramref name="options"/> to write and read members and enums by their wire names.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = Instance;
        options.Converters.Add(new JsonStringEnumConverter(Instance, allowIntegerValues: false));
        return options;
    }

    /// <inheritdoc />
    public override string ConvertName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1])));
            if (startsWord)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
