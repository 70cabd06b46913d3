using System.Globalization;
using System.Text.RegularExpressions;
using GeoPlan.Interchange.Reading;
using GeoPlan.Interchange.Reading.Osm;
using GeoPlan.Testing;
using NetTopologySuite.IO;

namespace GeoPlan.Interchange.Tests.Osm;

/// <summary>The same extract as PBF, written by osmium, reads exactly as its XML; GDAL's OSM driver agrees on the ways read.</summary>
public sealed partial class OsmPbfTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [SkippableTheory]
    [InlineData(OsmLayers.Roads)]
    [InlineData(OsmLayers.Railways)]
    [InlineData(OsmLayers.Stations)]
    public async Task Pbf_reads_the_same_features_as_xml(string layer)
    {
        var pbf = await WritePbfAsync();

        var fromXml = OsmTestFile.Read(OsmTestFile.WriteXml(_directory), layer).Select(Describe).ToList();
        var fromPbf = OsmTestFile.Read(pbf, layer).Select(Describe).ToList();

        Assert.NotEmpty(fromXml);
        Assert.Equal(fromXml, fromPbf);
    }

    [SkippableFact]
    public async Task The_source_says_it_reads_pbf_whatever_the_file_is_called()
    {
        var pbf = await WritePbfAsync();
        var renamed = _directory.File("extract-copy.osm");
        File.Copy(pbf, renamed);

        using var source = new OsmSource(renamed, new FeatureSourceOptions { Layer = OsmLayers.Roads });

        Assert.Equal("OpenStreetMap PBF", source.Format);
        Assert.Equal(9, source.ReadFeatures().Count());
    }

    [SkippableFact]
    public async Task A_pbf_cut_in_half_is_a_format_error()
    {
        var pbf = await WritePbfAsync();
        var bytes = await File.ReadAllBytesAsync(pbf);
        var cut = _directory.File("cut.osm.pbf");
        await File.WriteAllBytesAsync(cut, bytes[..(bytes.Length / 2)]);
        using var source = new OsmSource(cut, new FeatureSourceOptions { Layer = OsmLayers.Roads });

        var error = Assert.Throws<SourceFormatException>(() => source.ReadFeatures().ToList());

        Assert.Equal("cut.osm.pbf", error.File);
        Assert.StartsWith("byte ", error.Position, StringComparison.Ordinal);
        Assert.Contains("cut short or damaged", error.Problem, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(OsmLayers.Roads, "highway", new[] { "motorway", "trunk", "primary", "secondary", "tertiary", "unclassified", "residential",
        "living_street", "service", "motorway_link", "trunk_link", "primary_link", "secondary_link", "tertiary_link" })]
    [InlineData(OsmLayers.Railways, "railway", new[] { "rail", "subway", "light_rail", "monorail", "narrow_gauge", "tram" })]
    public async Task Gdal_reads_the_same_ways_with_the_same_lines(string layer, string key, string[] values)
    {
        ExternalTool.Require("ogrinfo", "gdal-bin");
        var pbf = await WritePbfAsync();
        if (layer == OsmLayers.Roads)
        {
            Assert.Equal(values.Order(), OsmRoadClasses.DefaultSpeedsKmh.Keys.Order());
        }

        var where = $"{key} IN ({string.Join(",", values.Select(value => $"'{value}'"))})";
        var (exitCode, output, error) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-q", pbf, "lines", "-where", where);
        Assert.True(exitCode == 0, error);
        var reader = new WKTReader();
        var gdal = GdalFeature().Matches(output)
            .ToDictionary(match => "osm-way-" + match.Groups["id"].Value, match => reader.Read(match.Groups["wkt"].Value));

        // GDAL leaves out ways it cannot draw (a node missing from the extract, a single node); this reader keeps them
        // without geometry.
        var ours = OsmTestFile.Read(pbf, layer).Where(feature => feature.Geometry is not null).ToList();
        Assert.NotEmpty(ours);
        Assert.Equal(gdal.Keys.Order(), ours.Select(feature => feature.Id!).Order());
        Assert.All(ours, feature => Assert.True(feature.Geometry!.EqualsExact(gdal[feature.Id!], 1e-9), feature.Id));
    }

    private async Task<string> WritePbfAsync()
    {
        ExternalTool.Require("osmium", "osmium-tool");
        var xml = OsmTestFile.WriteXml(_directory, "source.osm");
        var pbf = _directory.File("extract.osm.pbf");
        var (exitCode, _, error) = await ExternalTool.RunAsync("osmium", "cat", xml, "-o", pbf, "--overwrite");
        Assert.True(exitCode == 0, error);
        return pbf;
    }

    // Everything a reader of the feature relies on, values with their types, coordinates to the last bit.
    private static string Describe(SourceFeature feature)
    {
        var shape = feature.Geometry is null
            ? "-"
            : feature.Geometry.GeometryType + string.Concat(feature.Geometry.Coordinates.Select(c => Invariant($" {c.X:R},{c.Y:R}")));
        var attributes = feature.Attributes.Select(pair => Invariant($"{pair.Key}={pair.Value} ({pair.Value?.GetType().Name})"));
        return $"{feature.Id} | {feature.Position} | {shape} | {feature.GeometryProblem} | {string.Join("; ", attributes)}";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"osm_id \(String\) = (?<id>\d+)\n.*?\n\s+(?<wkt>LINESTRING \([^)]*\))", RegexOptions.Singleline)]
    private static partial Regex GdalFeature();
}
