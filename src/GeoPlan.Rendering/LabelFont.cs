using SkiaSharp;

namespace GeoPlan.Rendering;

/// <summary>The typeface labels and legends are written in: one that has Chinese glyphs when the machine has such a font.</summary>
public sealed class LabelFont
{
    /// <summary>What to do when no installed font has Chinese glyphs.</summary>
    public const string InstallAdvice =
        "no installed font has Chinese glyphs, so Chinese labels draw as empty boxes; apt-get install fonts-noto-cjk";

    private const char ChineseSample = '沈';

    // Simplified Chinese sans-serif faces first: they also carry Latin glyphs, so English labels match Chinese ones.
    private static readonly string[] PreferredFamilies =
    [
        "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC",
        "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
    ];

    private LabelFont(SKTypeface typeface, bool coversChinese)
    {
        Typeface = typeface;
        CoversChinese = coversChinese;
    }

    /// <summary>The best typeface the default font manager finds, looked up once.</summary>
    public static LabelFont Default { get; } = Find(SKFontManager.Default);

    /// <summary>The typeface.</summary>
    public SKTypeface Typeface { get; }

    /// <summary>The typeface's family, e.g. <c>Noto Sans CJK SC</c>.</summary>
    public string FamilyName => Typeface.FamilyName;

    /// <summary>True when the typeface has Chinese glyphs; false means Chinese text would draw as empty boxes.</summary>
    public bool CoversChinese { get; }

    /// <summary>Finds a typeface with Chinese glyphs in <paramref name="fonts"/>, else a plain sans-serif face.</summary>
    public static LabelFont Find(SKFontManager fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        var chinese = PreferredFamilies.Select(fonts.MatchFamily).FirstOrDefault(HasChinese)
            ?? fonts.MatchCharacter(ChineseSample)
            // Font managers that do not use fontconfig cannot match a character, so ask every family.
            ?? fonts.FontFamilies.OrderByDescending(f => f.Contains("Sans", StringComparison.Ordinal))
                .Select(fonts.MatchFamily)
                .FirstOrDefault(HasChinese);
        return chinese is not null
            ? new LabelFont(chinese, coversChinese: true)
            : new LabelFont(fonts.MatchFamily("DejaVu Sans") ?? SKTypeface.Default, coversChinese: false);
    }

    private static bool HasChinese(SKTypeface? typeface) => typeface is not null && typeface.ContainsGlyph(ChineseSample);
}
