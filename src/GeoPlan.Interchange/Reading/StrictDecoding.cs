using System.Text;

namespace GeoPlan.Interchange.Reading;

/// <summary>Encodings that refuse bytes they cannot decode instead of putting a replacement character in their place.</summary>
internal static class StrictDecoding
{
    /// <summary>UTF-8 that throws <see cref="DecoderFallbackException"/> on bytes that are not UTF-8.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A copy of <paramref name="encoding"/> throwing <see cref="DecoderFallbackException"/> on bytes it cannot decode.</summary>
    public static Encoding Of(Encoding encoding)
    {
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return Utf8;
        }

        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }
}
