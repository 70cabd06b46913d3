using System.Globalization;
using System.Text;

namespace GeoPlan.Core.Crs;

/// <summary>One element of Well-Known Text (OGC WKT1, ESRI's dialect of it, or WKT2): a keyword and its bracketed values.</summary>
/// <remarks>Values are quoted text and bare words (as <see cref="string"/>), numbers (as <see cref="double"/>), nested elements.</remarks>
internal sealed class WktNode
{
    private const int MaxDepth = 32;

    private WktNode(string keyword, IReadOnlyList<object> values)
    {
        Keyword = keyword;
        Values = values;
    }

    /// <summary>The keyword, as written (e.g. <c>PROJCS</c>).</summary>
    public string Keyword { get; }

    /// <summary>The values between the brackets, in order.</summary>
    public IReadOnlyList<object> Values { get; }

    /// <summary>The first value when it is text: the name of a CRS, datum, projection or parameter.</summary>
    public string? Name => Values.Count > 0 ? Values[0] as string : null;

    /// <summary>The first nested element with this keyword, ignoring case.</summary>
    public WktNode? Child(string keyword) => Children(keyword).FirstOrDefault();

    /// <summary>The nested elements with this keyword, ignoring case.</summary>
    public IEnumerable<WktNode> Children(string keyword) =>
        Values.OfType<WktNode>().Where(n => n.Keyword.Equals(keyword, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value at <paramref name="index"/> as a number, whether written bare or quoted.</summary>
    public double? Number(int index) => index < Values.Count
        ? Values[index] switch
        {
            double number => number,
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        }
        : null;

    /// <summary>Reads <paramref name="text"/> as one WKT element, allowing surrounding white space and a byte order mark.</summary>
    public static bool TryParse(string? text, out WktNode node)
    {
        var reader = new Reader((text ?? "").Trim().Trim('\uFEFF', '\0').Trim());
        node = null!;
        if (reader.ReadElement(0) is not { } root)
        {
            return false;
        }

        reader.SkipSpace();
        if (!reader.AtEnd)
        {
            return false;
        }

        node = root;
        return true;
    }

    private sealed class Reader(string text)
    {
        private int _at;

        public bool AtEnd => _at >= text.Length;

        public void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        public WktNode? ReadElement(int depth)
        {
            SkipSpace();
            var keyword = ReadWord();
            SkipSpace();
            if (keyword.Length == 0 || depth > MaxDepth || AtEnd || text[_at] is not ('[' or '('))
            {
                return null;
            }

            _at++;
            var values = new List<object>();
            while (true)
            {
                SkipSpace();
                if (AtEnd)
                {
                    return null;
                }

                if (text[_at] is ']' or ')')
                {
                    _at++;
                    return new WktNode(keyword, values);
                }

                if (values.Count > 0)
                {
                    if (text[_at] != ',')
                    {
                        return null;
                    }

                    _at++;
                    SkipSpace();
                }

                if (ReadValue(depth) is not { } value)
                {
                    return null;
                }

                values.Add(value);
            }
        }

        private object? ReadValue(int depth)
        {
            if (AtEnd)
            {
                return null;
            }

            if (text[_at] == '"')
            {
                return ReadQuoted();
            }

            if (text[_at] is '-' or '+' or '.' || char.IsAsciiDigit(text[_at]))
            {
                return ReadNumber() is { } number ? number : null;
            }

            var start = _at;
            var word = ReadWord();
            SkipSpace();
            if (!AtEnd && text[_at] is '[' or '(')
            {
                _at = start;
                return ReadElement(depth + 1);
            }

            return word.Length > 0 ? word : null;
        }

        private string? ReadQuoted()
        {
            var value = new StringBuilder();
            _at++;
            while (_at < text.Length)
            {
                if (text[_at] == '"')
                {
                    // WKT writes a quote inside text as two quotes.
                    if (_at + 1 < text.Length && text[_at + 1] == '"')
                    {
                        value.Append('"');
                        _at += 2;
                        continue;
                    }

                    _at++;
                    return value.ToString();
                }

                value.Append(text[_at++]);
            }

            return null;
        }

        private double? ReadNumber()
        {
            var start = _at;
            while (_at < text.Length && (char.IsAsciiDigit(text[_at]) || text[_at] is '-' or '+' or '.' or 'e' or 'E'))
            {
                _at++;
            }

            return double.TryParse(text.AsSpan(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : null;
        }

        private string ReadWord()
        {
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] == '_'))
            {
                _at++;
            }

            return text[start.._at];
        }
    }
}
