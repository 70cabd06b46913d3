using System.Text.Json;

namespace GeoPlan.Testing.Mvt;

/// <summary>One fixture of the npm package @mapbox/mvt-fixtures: a tile, what it should decode to, and whether it is valid.</summary>
/// <param name="Id">The fixture's directory name, e.g. <c>019</c>.</param>
/// <param name="Description">What the fixture holds or breaks.</param>
/// <param name="ValidV2">Whether the tile is valid by version 2 of the specification.</param>
/// <param name="Tile">The bytes of tile.mvt.</param>
/// <param name="Expected">tile.json: the tile's messages as JSON, field names as in vector_tile.proto.</param>
public sealed record MvtFixture(string Id, string Description, bool ValidV2, byte[] Tile, JsonElement Expected)
{
    /// <summary>Every fixture of the installed package in id order; skips the test (fails it in CI) when npm has not run.</summary>
    public static IReadOnlyList<MvtFixture> All()
    {
        var directory = Path.Combine(RepositoryRoot.ClientPackages, "@mapbox", "mvt-fixtures", "fixtures");
        ExternalTool.RequirePath(directory, "run `npm ci --prefix tools/clients` (tools/test.sh does so where npm is installed)");
        return [.. Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal).Select(Read)];
    }

    private static MvtFixture Read(string directory)
    {
        using var info = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "info.json")));
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "tile.json")));
        var validity = info.RootElement.GetProperty("validity");
        return new MvtFixture(
            Path.GetFileName(directory),
            info.RootElement.GetProperty("description").GetString() ?? "",
            validity.GetProperty("v2").GetBoolean(),
            File.ReadAllBytes(Path.Combine(directory, "tile.mvt")),
            expected.RootElement.Clone());
    }
}
