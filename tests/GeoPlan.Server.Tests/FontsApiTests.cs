using System.Net;
using System.Net.Http.Headers;
using GeoPlan.Rendering;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>Glyph ranges for MapLibre labels at /fonts/{fontstack}/{range}.pbf: protobuf glyphs, cached; bad ranges refused.</summary>
public sealed class FontsApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private const string NotoRange = "/fonts/Noto%20Sans%20CJK%20SC%20Regular/";

    [Fact]
    public async Task A_latin_range_is_protobuf_holding_its_glyphs()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(NotoRange + "0-255.pbf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType!.MediaType);
        var ids = GlyphIds(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains((uint)'A', ids);
        Assert.Contains((uint)'z', ids);
        Assert.All(ids, id => Assert.InRange(id, 0u, 255u));
    }

    [SkippableFact]
    public async Task A_chinese_range_holds_shen_and_any_font_name_gets_the_installed_font()
    {
        RequireChineseFont();
        using var client = app.CreateClient();

        var noto = await client.GetByteArrayAsync(NotoRange + "27648-27903.pbf");
        var other = await client.GetByteArrayAsync("/fonts/Open%20Sans%20Regular,Arial%20Unicode%20MS%20Regular/27648-27903.pbf");

        Assert.Contains((uint)'沈', GlyphIds(noto));
        Assert.Equal(noto, other);
    }

    [Theory]
    [InlineData("0-100.pbf")]
    [InlineData("1-256.pbf")]
    [InlineData("abc.pbf")]
    [InlineData("65536-65791.pbf")]
    public async Task A_range_that_is_not_256_whole_codepoints_is_a_problem(string file)
    {
        using var client = app.CreateClient();

        var problem = await client.GetProblemAsync(NotoRange + file, HttpStatusCode.BadRequest);

        Assert.Equal("range", problem.GetProperty("parameter").GetString());
        Assert.Contains("multiple of 256", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_holding_the_range_gets_304()
    {
        using var client = app.CreateClient();
        const string Path = NotoRange + "256-511.pbf";

        using var first = await client.GetAsync(Path);
        using var again = new HttpRequestMessage(HttpMethod.Get, Path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_comes_brotli_encoded_when_asked()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, NotoRange + "0-255.pbf");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    private static void RequireChineseFont()
    {
        if (!LabelFont.Default.CoversChinese)
        {
            ExternalTool.Missing($"{LabelFont.InstallAdvice} (tools/test.sh does so when run as root)");
        }
    }

    // The glyph ids of glyphs.proto's glyphs.stacks[*].glyphs[*].id, read field by field from the wire format.
    private static List<uint> GlyphIds(byte[] pbf)
    {
        var ids = new List<uint>();
        foreach (var stack in LengthDelimited(pbf, 1))
        {
            foreach (var glyph in LengthDelimited(stack, 3))
            {
                ids.Add(Fields(glyph).Where(f => f.Field == 1 && f.WireType == 0).Select(f => (uint)f.Varint).Single());
            }
        }

        return ids;
    }

    private static IEnumerable<byte[]> LengthDelimited(byte[] message, int field) =>
        Fields(message).Where(f => f.Field == field && f.WireType == 2).Select(f => f.Bytes!);

    private static List<(int Field, int WireType, ulong Varint, byte[]? Bytes)> Fields(byte[] message)
    {
        var fields = new List<(int, int, ulong, byte[]?)>();
        var position = 0;
        ulong Varint()
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = message[position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }

        while (position < message.Length)
        {
            var key = Varint();
            var (field, wireType) = ((int)(key >> 3), (int)(key & 7));
            switch (wireType)
            {
                case 0:
                    fields.Add((field, wireType, Varint(), null));
                    break;
                case 2:
                    var length = (int)Varint();
                    fields.Add((field, wireType, 0, message[position..(position + length)]));
                    position += length;
                    break;
                default:
                    throw new FormatException($"wire type {wireType} is not used by glyphs.proto");
            }
        }

        return fields;
    }
}
