namespace GeoPlan.Core.Model;

/// <summary>Converts GeoPlan's enums to and from their snake_case wire names (UnderConstruction ⇄ under_construction).</summary>
public static class WireName
{
    /// <summary>The wire name of an enum value.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    /// <summary>Every wire name of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.InOrder;

    /// <summary>Parses a wire name read back from storage, where anything else means the data is corrupt.</summary>
    /// <exception cref="InvalidDataException">The text names no value of the enum.</exception>
    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        TryParse(text, out TEnum value) ? value : throw new InvalidDataException($"'{text}' is not a {typeof(TEnum).Name}");

    /// <summary>Parses a wire name; false when the text names no value of the enum.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByName.TryGetValue(text ?? "", out value);

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> InOrder = Enum.GetValues<TEnum>().Select(v => WireNamingPolicy.Instance.ConvertName(v.ToString())).ToArray();
        public static readonly Dictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().ToDictionary(v => v, v => WireNamingPolicy.Instance.ConvertName(v.ToString()));
        public static readonly Dictionary<string, TEnum> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
