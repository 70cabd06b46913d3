using System.Globalization;
using System.Text;

namespace GeoPlan.Interchange.Writing;

/// <summary>dBASE field names for GeoPlan's field names: at most 10 bytes, unique ignoring case, the same every time.</summary>
/// <remarks>
/// In column order, a name that fits and is free is kept; a longer one is cut to 10 bytes (<c>target_year</c> becomes <c>target_yea</c>);
/// when that is taken, the cut is shortened to make room for the smallest free number (<c>target_year_null_reason</c> becomes
/// <c>target_ye1</c>).
/// </remarks>
internal static class DbfFieldNames
{
    /// <summary>The longest field name dBASE holds, in bytes.</summary>
    public const int MaxBytes = 10;

    /// <summary>The dBASE name of each name, in the same order.</summary>
    public static IReadOnlyList<string> Shorten(IEnumerable<string> names)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var name in names)
        {
            var candidate = Cut(name, MaxBytes);
            for (var n = 1; !taken.Add(candidate); n++)
            {
                var suffix = n.ToString(CultureInfo.InvariantCulture);
                candidate = Cut(name, MaxBytes - suffix.Length) + suffix;
            }

            result.Add(candidate);
        }

        return result;
    }

    /// <summary>The longest start of <paramref name="text"/> of at most <paramref name="bytes"/> UTF-8 bytes, whole characters.</summary>
    public static string Cut(string text, int bytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= bytes)
        {
            return text;
        }

        var length = 0;
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > bytes)
            {
                break;
            }

            used += rune.Utf8SequenceLength;
            length += rune.Utf16SequenceLength;
        }

        return text[..length];
    }
}
