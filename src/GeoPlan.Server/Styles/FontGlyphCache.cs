using System.Collections.Concurrent;
using GeoPlan.Rendering.Glyphs;
using GeoPlan.Server.Http;

namespace GeoPlan.Server.Styles;

/// <summary>Glyph ranges made on first request and kept: a range of the installed font never changes while the service runs.</summary>
/// <remarks>Keyed by font and range, never by the names a style asks for, so at most 256 ranges are ever kept.</remarks>
internal sealed class FontGlyphCache(GlyphRanges ranges)
{
    private readonly ConcurrentDictionary<(string Font, int Start), Lazy<CachedContent>> _made = new();

    /// <summary>The glyphs protobuf of <paramref name="range"/>, made once even when many clients ask for it at the same moment.</summary>
    public CachedContent Get(GlyphRange range) =>
        _made.GetOrAdd((ranges.FontName, range.Start), _ => new Lazy<CachedContent>(() => Make(range))).Value;

    private CachedContent Make(GlyphRange range) => CachedContent.Of(ranges.Make(range), GlyphsPbf.MediaType);
}
