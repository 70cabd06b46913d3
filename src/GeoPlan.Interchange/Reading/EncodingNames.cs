using System.Globalization;
using System.Text;

namespace GeoPlan.Interchange.Reading;

/// <summary>Text encodings by the names files and people give them: <c>UTF-8</c>, <c>GBK</c>, <c>936</c>, <c>CP936</c>.</summary>
public static class EncodingNames
{
    // .NET carries only the Unicode encodings and Latin-1; Chinese files need the Windows code pages (936 GBK, 54936 GB18030).
    // They are registered here, once, before any reader looks a name up or an XML declaration names one.
    static EncodingNames() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding <paramref name="name"/> names, as a .cpg file or a person gives it; null when it names none.</summary>
    public static Encoding? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        if (text.StartsWith("ANSI ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[5..].Trim();
        }
        else if (text.StartsWith("CP", StringComparison.OrdinalIgnoreCase) && text.Length > 2 && char.IsAsciiDigit(text[2]))
        {
            text = text[2..];
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var codePage))
        {
            return FromCodePage(codePage);
        }

        // Esri writes ISO 8859 parts as 88591 or 8859_1.
        if (text.StartsWith("8859", StringComparison.Ordinal) && int.TryParse(text[4..].TrimStart('_', '-'), out var part))
        {
            return FromName($"iso-8859-{part}");
        }

        return string.Equals(text, "UTF8", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8 : FromName(text);
    }

    /// <summary>Makes sure the Windows code pages are registered, for readers that meet encoding names in XML declarations.</summary>
    internal static void RegisterCodePages()
    {
        // Calling any member runs the static constructor, which registers them once.
    }

    private static Encoding? FromCodePage(int codePage)
    {
        if (codePage == Encoding.UTF8.CodePage)
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding? FromName(string name)
    {
        try
        {
            return name.Length == 0 ? null : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
