using System.Net;
using System.Text.Json;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>The MapLibre style: valid by MapLibre's own validator, over GeoPlan's tiles, labelled in the language asked, with its legend.</summary>
public sealed class StylesApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    [SkippableTheory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_default_style_passes_gl_style_validate(string language)
    {
        var validator = Path.Combine(RepositoryRoot.ClientPackages, ".bin", "gl-style-validate");
        ExternalTool.RequirePath(validator, "run 'npm ci --prefix tools/clients' (tools/test.sh does)");
        using var client = app.CreateClient();
        using var directory = new TemporaryDirectory();
        var file = directory.File("style.json");
        await File.WriteAllTextAsync(file, await client.GetStringAsync($"/styles/default?lang={language}&year=2025"));

        var (exitCode, output, error) = await ExternalTool.RunAsync(validator, file);

        Assert.True(exitCode == 0, output + error);
        Assert.DoesNotContain("error", output + error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_style_draws_every_layer_from_the_services_tiles_with_labels_in_the_language_asked()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/styles/default?lang=en&year=2023");
        var style = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var zh = JsonDocument.Parse(await client.GetStringAsync("/styles/default")).RootElement;

        Assert.Equal("application/vnd.mapbox.style+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(8, style.GetProperty("version").GetInt32());
        var source = style.GetProperty("sources").GetProperty("geoplan");
        Assert.EndsWith("/tiles/WebMercatorQuad/{z}/{y}/{x}?year=2023", source.GetProperty("tiles")[0].GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/fonts/{fontstack}/{range}.pbf", style.GetProperty("glyphs").GetString(), StringComparison.Ordinal);
        var layers = style.GetProperty("layers").EnumerateArray().ToList();
        var sourceLayers = layers.Where(l => l.TryGetProperty("source-layer", out _)).Select(l => l.GetProperty("source-layer").GetString()!).ToHashSet();
        Assert.Superset(BundledGeodata.Result.Dataset.Layers.Select(l => l.Id).ToHashSet(), sourceLayers);
        Assert.Contains("name_en", LabelFields(style));
        Assert.Contains("name_zh", LabelFields(zh));
        Assert.DoesNotContain("name_zh", LabelFields(style));
    }

    [Fact]
    public async Task The_metadata_lists_the_stylesheet_and_a_legend_of_layers_and_statuses()
    {
        using var client = app.CreateClient();

        var metadata = JsonDocument.Parse(await client.GetStringAsync("/styles/default/metadata")).RootElement;

        var entries = metadata.GetProperty("legend").EnumerateArray().SelectMany(s => s.GetProperty("entries").EnumerateArray()).ToList();
        var keys = entries.Select(e => e.GetProperty("key").GetString()!).ToList();
        foreach (var layer in BundledGeodata.Result.Dataset.Layers)
        {
            Assert.Contains(keys, k => k == layer.Id || k.StartsWith(layer.Id + "/", StringComparison.Ordinal));
        }

        var underConstruction = entries.Single(e => e.GetProperty("key").GetString() == "status/under_construction");
        Assert.Equal("在建", underConstruction.GetProperty("title_zh").GetString());
        Assert.True(underConstruction.GetProperty("dash_array").GetArrayLength() > 0);
        Assert.Equal("8", metadata.GetProperty("stylesheets")[0].GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("/styles/night", HttpStatusCode.NotFound)]
    [InlineData("/styles/night/metadata", HttpStatusCode.NotFound)]
    [InlineData("/styles/default?lang=fr", HttpStatusCode.BadRequest)]
    [InlineData("/styles/default?year=soon", HttpStatusCode.BadRequest)]
    public async Task Unknown_styles_and_bad_parameters_are_problems(string path, HttpStatusCode status)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    // Every property a text-field expression reads.
    private static HashSet<string> LabelFields(JsonElement style) =>
        style.GetProperty("layers").EnumerateArray()
            .Where(l => l.TryGetProperty("layout", out var layout) && layout.TryGetProperty("text-field", out _))
            .SelectMany(l => Gets(l.GetProperty("layout").GetProperty("text-field")))
            .ToHashSet();

    private static IEnumerable<string> Gets(JsonElement expression)
    {
        if (expression.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var items = expression.EnumerateArray().ToList();
        var own = items.Count == 2 && items[0].ValueKind == JsonValueKind.String && items[0].GetString() == "get" ? [items[1].GetString()!] : Array.Empty<string>();
        return own.Concat(items.SelectMany(Gets));
    }
}
