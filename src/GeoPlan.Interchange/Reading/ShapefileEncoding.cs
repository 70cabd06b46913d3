using System.Globalization;
using System.Text;

namespace GeoPlan.Interchange.Reading;

/// <summary>The encoding of a Shapefile's attribute text and where it was learnt, so an error can say why text was read that way.</summary>
/// <param name="Encoding">The encoding, strict: bytes it cannot decode raise <see cref="DecoderFallbackException"/>.</param>
/// <param name="Source">Where it came from, e.g. <c>the .cpg file says GBK</c>.</param>
/// <param name="Assumed">True when nothing stated it and UTF-8 is assumed, to be confirmed by reading all the text first.</param>
internal sealed record ShapefileEncoding(Encoding Encoding, string Source, bool Assumed)
{
    private const int LanguageDriverOffset = 29;

    // dBASE language driver ids (DBF header byte 29) and the Windows code pages they stand for, as Esri documents them.
    // 0x03 and 0x57 are left out on purpose: they mean "the writer's ANSI code page", which is 936 on a Chinese Windows
    // and 1252 on a Western one, so they do not say which it was.
    private static readonly Dictionary<byte, int> LanguageDrivers = new()
    {
        [0x01] = 437,
        [0x02] = 850,
        [0x13] = 932,
        [0x26] = 866,
        [0x4D] = 936,
        [0x4E] = 949,
        [0x4F] = 950,
        [0x50] = 874,
        [0x58] = 1252,
        [0x59] = 1252,
        [0x64] = 852,
        [0x65] = 866,
        [0x78] = 950,
        [0x79] = 949,
        [0x7A] = 936,
        [0x7B] = 932,
        [0x7C] = 874,
        [0xC8] = 1250,
        [0xC9] = 1251,
        [0xCA] = 1254,
        [0xCB] = 1253,
        [0xCC] = 1257,
    };

    /// <summary>
    /// The encoding the .cpg file names; else the one the .dbf header's language driver id stands for; else <paramref name="chosen"/>;
    /// else UTF-8, assumed.
    /// </summary>
    public static ShapefileEncoding Resolve(ShapefileParts parts, ReadOnlySpan<byte> dbfHeader, Encoding? chosen)
    {
        if (parts.ReadText(".cpg") is { } cpg)
        {
            // GDAL writes LDID/77 when asked to keep a language driver id rather than an encoding name.
            var named = cpg.StartsWith("LDID/", StringComparison.OrdinalIgnoreCase)
                ? (byte.TryParse(cpg.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? FromDriver(id) : null)
                : EncodingNames.Find(cpg);
            return named is null
                ? throw new SourceFormatException(
                    parts.Name(".cpg"),
                    "line 1",
                    $"names the encoding '{cpg}', which is not one GeoPlan knows; write the encoding's name (UTF-8, GBK, GB18030) "
                    + "or code page (936) in it.")
                : new ShapefileEncoding(StrictDecoding.Of(named), $"the .cpg file says {cpg}", Assumed: false);
        }

        if (dbfHeader.Length > LanguageDriverOffset && FromDriver(dbfHeader[LanguageDriverOffset]) is { } driver)
        {
            var ldid = dbfHeader[LanguageDriverOffset];
            var source = $"the .dbf header's language driver 0x{ldid:X2} stands for code page {driver.CodePage}";
            return new ShapefileEncoding(StrictDecoding.Of(driver), source, Assumed: false);
        }

        return chosen is not null
            ? new ShapefileEncoding(StrictDecoding.Of(chosen), $"{chosen.WebName} was chosen for the import", Assumed: false)
            : new ShapefileEncoding(
                StrictDecoding.Utf8, "the Shapefile does not say its encoding (no .cpg file, no language driver in the .dbf)", true);
    }

    private static Encoding? FromDriver(byte id) =>
        LanguageDrivers.TryGetValue(id, out var codePage) ? EncodingNames.Find(codePage.ToString(CultureInfo.InvariantCulture)) : null;
}
