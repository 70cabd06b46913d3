using System.Globalization;
using System.Text;
using GeoPlan.Core.Model;

namespace GeoPlan.Interchange.Writing;

/// <summary>One dBASE column: its name and type, and the width and decimals its values need, learnt as they are seen.</summary>
internal sealed class DbfColumn(FieldInfo field, string name)
{
    /// <summary>The most bytes a dBASE character field holds.</summary>
    public const int MaxTextBytes = 254;

    // dBASE numbers are text of fixed width; GDAL reads widths to 24 with up to 15 decimals as doubles.
    private const int MaxRealWidth = 24;
    private const int MaxDecimals = 15;

    private int _integerDigits = 1;

    /// <summary>The GeoPlan field.</summary>
    public FieldInfo Field { get; } = field;

    /// <summary>The dBASE field name, at most 10 bytes.</summary>
    public string Name { get; } = name;

    /// <summary>The dBASE type: C (text), N (number) or L (logical).</summary>
    public char Type => Field.Type switch
    {
        FieldType.Integer or FieldType.Real => 'N',
        FieldType.Boolean => 'L',
        _ => 'C',
    };

    /// <summary>The field's width in bytes.</summary>
    public int Width => Field.Type switch
    {
        FieldType.Boolean => 1,
        FieldType.Integer => _integerDigits,
        FieldType.Real => Math.Min(MaxRealWidth, _integerDigits + (Decimals > 0 ? 1 + Decimals : 0)),
        _ => Math.Max(1, TextBytes),
    };

    /// <summary>Decimals of a real field.</summary>
    public int Decimals { get; private set; }

    /// <summary>The most bytes a text value needs, up to <see cref="MaxTextBytes"/>.</summary>
    public int TextBytes { get; private set; }

    /// <summary>How many text values were longer than <see cref="MaxTextBytes"/> and are cut.</summary>
    public int CutValues { get; private set; }

    /// <summary>True when a real value needed more decimals than fit and is rounded.</summary>
    public bool RoundsValues { get; private set; }

    /// <summary>Widens the column for a value.</summary>
    public void See(object? value)
    {
        switch (value)
        {
            case string text:
                var bytes = Encoding.UTF8.GetByteCount(text);
                CutValues += bytes > MaxTextBytes ? 1 : 0;
                TextBytes = Math.Max(TextBytes, Math.Min(bytes, MaxTextBytes));
                break;
            case long whole:
                _integerDigits = Math.Max(_integerDigits, whole.ToString(CultureInfo.InvariantCulture).Length);
                break;
            case double real when double.IsFinite(real):
                // The shortest text that reads back as the same double fixes the decimals needed.
                var shortest = real.ToString("R", CultureInfo.InvariantCulture);
                var exponent = shortest.IndexOf('E', StringComparison.Ordinal);
                var fixedText = exponent < 0
                    ? shortest
                    : real.ToString("F" + MaxDecimals, CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.');
                var point = fixedText.IndexOf('.', StringComparison.Ordinal);
                var integerPart = point < 0 ? fixedText.Length : point;
                var decimals = point < 0 ? 0 : fixedText.Length - point - 1;
                _integerDigits = Math.Max(_integerDigits, integerPart);
                Decimals = Math.Max(Decimals, Math.Min(decimals, MaxDecimals));
                if (_integerDigits + 1 + Decimals > MaxRealWidth)
                {
                    Decimals = Math.Max(0, MaxRealWidth - 1 - _integerDigits);
                    RoundsValues = true;
                }

                break;
        }
    }

    /// <summary>A value as the field's bytes, padded to <see cref="Width"/>: blanks when unknown.</summary>
    public string Format(object? value) => (value, Field.Type) switch
    {
        (null, FieldType.Boolean) => "?",
        (null, _) => new string(' ', Width),
        (bool flag, _) => flag ? "T" : "F",
        (long whole, _) => whole.ToString(CultureInfo.InvariantCulture).PadLeft(Width),
        (double real, _) when double.IsFinite(real) => real.ToString("F" + Decimals, CultureInfo.InvariantCulture).PadLeft(Width),
        (double, _) => new string(' ', Width),
        (string text, _) => DbfFieldNames.Cut(text, MaxTextBytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
