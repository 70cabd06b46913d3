using GeoPlan.Rendering;
using GeoPlan.Rendering.Glyphs;
using GeoPlan.Server.Http;

namespace GeoPlan.Server.Styles;

/// <summary>The glyphs MapLibre draws labels with: signed distance field ranges at <c>/fonts/{fontstack}/{range}.pbf</c>.</summary>
public static class FontsApi
{
    // Made on first request and kept for the life of the process: a range of the installed font never changes.
    private static readonly FontGlyphCache Glyphs = new(new GlyphRanges(LabelFont.Default));

    /// <summary>Maps <c>GET /fonts/{fontstack}/{range}.pbf</c>.</summary>
    public static IEndpointRouteBuilder MapFontsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/fonts/{fontstack}/{range}.pbf", GetGlyphs)
            .WithTags("Styles")
            .WithName("GetGlyphs")
            .WithSummary("256 label glyphs as signed distance fields (Mapbox glyphs protobuf), for a style's glyphs URL");
        return app;
    }

    // Whatever fonts the stack names, the glyphs come from the installed label font (Noto Sans CJK SC where fonts-noto-cjk is
    // installed): it draws Chinese and Latin alike, and a style asking for a font the machine lacks still gets its labels.
    private static IResult GetGlyphs(string fontstack, string range, HttpContext context)
    {
        if (string.IsNullOrWhiteSpace(fontstack))
        {
            return ApiProblem.BadParameter("fontstack", "name at least one font, e.g. /fonts/Noto Sans CJK SC Regular/0-255.pbf");
        }

        return GlyphRange.TryParse(range, out var glyphRange, out var error)
            ? Glyphs.Get(glyphRange).ToResult(context)
            : ApiProblem.BadParameter("range", error);
    }
}
