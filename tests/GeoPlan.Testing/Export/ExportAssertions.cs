using System.Globalization;
using System.Text;
using System.Text.Json;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using NetTopologySuite.Geometries;
using Xunit;

namespace GeoPlan.Testing.Export;

/// <summary>Checks that what GDAL read from an export is the collection that was exported: the same features, every value, and every
/// coordinate within a centimetre.</summary>
public static class ExportAssertions
{
    /// <summary>The largest distance a coordinate may move through an export and GDAL's reading, in metres.</summary>
    public const double ToleranceMetres = 0.01;

    /// <summary>The most bytes a Shapefile's text field holds; longer values come back cut.</summary>
    public const int DbfTextBytes = 254;

    /// <summary>Asserts GDAL read the same features, in any order, with every field and coordinate.</summary>
    /// <param name="layer">The exported layer.</param>
    /// <param name="expected">The features that were exported.</param>
    /// <param name="actual">What GDAL read.</param>
    /// <param name="fileNames">The name each field has in the file, when the format renamed some (Shapefile); others keep theirs.</param>
    /// <param name="textBytes">The most bytes a text value keeps (254 for Shapefile, which keeps no trailing blank either), or null when
    /// text is kept whole.</param>
    public static void SameFeatures(
        LayerInfo layer,
        IReadOnlyList<PlanFeature> expected,
        IReadOnlyList<GdalFeature> actual,
        IReadOnlyDictionary<string, string>? fileNames = null,
        int? textBytes = null)
    {
        Assert.Equal(expected.Count, actual.Count);
        var byId = actual.ToDictionary(f => f.Id ?? "", StringComparer.Ordinal);
        IReadOnlyList<FieldInfo> fields = [new FieldInfo("id", FieldType.Text), .. LayerInfo.CommonFields, .. layer.Fields];
        foreach (var feature in expected)
        {
            Assert.True(
                byId.TryGetValue(feature.Id, out var read),
                $"GDAL read no feature '{feature.Id}'; it read {string.Join(", ", byId.Keys.Take(20))}");
            foreach (var field in fields)
            {
                var name = fileNames?.GetValueOrDefault(field.Name) ?? field.Name;
                var value = field.Name == "id" ? feature.Id : FeatureColumns.ValueOf(feature, field.Name);
                read.Properties.TryGetValue(name, out var readValue);
                SameValue(value, readValue, textBytes, $"{feature.Id}.{field.Name} (read as {name})");
            }

            SameGeometry(feature.Geometry, read.Geometry, feature.Id);
        }
    }

    /// <summary>Asserts two lon/lat geometries have the same shape and every vertex within <see cref="ToleranceMetres"/>, whatever
    /// the ring orientation, start vertex or part order the format imposes.</summary>
    public static void SameGeometry(Geometry expected, Geometry actual, string what)
    {
        var want = Normalised(expected);
        var got = Normalised(actual);
        Assert.True(
            want.NumPoints == got.NumPoints, $"{what}: {want.NumPoints} vertices exported, {got.NumPoints} read ({got.GeometryType})");
        var wantCoordinates = want.Coordinates;
        var gotCoordinates = got.Coordinates;
        for (var i = 0; i < wantCoordinates.Length; i++)
        {
            var metres = DistanceMetres(wantCoordinates[i], gotCoordinates[i]);
            Assert.True(
                metres <= ToleranceMetres, $"{what}: vertex {i} moved {metres:0.0000} m ({wantCoordinates[i]} -> {gotCoordinates[i]})");
        }
    }

    /// <summary>The distance in metres between two nearby lon/lat positions (local equirectangular, ample below a kilometre).</summary>
    public static double DistanceMetres(Coordinate a, Coordinate b)
    {
        const double MetresPerDegree = 6378137 * Math.PI / 180;
        var dx = (a.X - b.X) * MetresPerDegree * Math.Cos(a.Y * Math.PI / 180);
        var dy = (a.Y - b.Y) * MetresPerDegree;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private static Geometry Normalised(Geometry geometry)
    {
        // Single parts as one-part multi geometries: a Shapefile or GeoPackage may promote them.
        var g = geometry switch
        {
            Polygon p => p.Factory.CreateMultiPolygon([p]),
            LineString l => l.Factory.CreateMultiLineString([l]),
            _ => geometry.Copy(),
        };
        g.Normalize();
        return g;
    }

    private static void SameValue(object? expected, JsonElement actual, int? textBytes, string what)
    {
        var kind = actual.ValueKind;
        switch (expected)
        {
            case null:
                // Shapefile and CSV cannot tell unknown from empty text.
                Assert.True(
                    kind is JsonValueKind.Undefined or JsonValueKind.Null || (kind == JsonValueKind.String && actual.GetString() == ""),
                    $"{what}: expected no value, read {actual}");
                break;
            case string text:
                // A dBASE text field pads with blanks, so it keeps no trailing blank.
                var want = textBytes is { } limit ? Cut(text, limit).TrimEnd(' ') : text;
                Assert.True(kind == JsonValueKind.String, $"{what}: expected text '{want}', read {kind} {actual}");
                Assert.Equal(want, actual.GetString());
                break;
            case long or int:
                Assert.True(
                    Number(actual) is { } whole && whole == Convert.ToDouble(expected, CultureInfo.InvariantCulture),
                    $"{what}: expected {expected}, read {actual}");
                break;
            case double real:
                Assert.True(
                    Number(actual) is { } read && Math.Abs(read - real) <= 1e-12 * Math.Max(1, Math.Abs(real)),
                    $"{what}: expected {real.ToString("R", CultureInfo.InvariantCulture)}, read {actual}");
                break;
            case bool flag:
                Assert.True(Flag(actual) == flag, $"{what}: expected {flag}, read {actual}");
                break;
            default:
                Assert.Fail($"{what}: unexpected value type {expected.GetType().Name}");
                break;
        }
    }

    private static double? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) =>
            parsed,
        _ => null,
    };

    private static bool? Flag(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.GetDouble() != 0,
        JsonValueKind.String => value.GetString() switch
        {
            "true" or "T" or "1" => true,
            "false" or "F" or "0" => false,
            _ => null,
        },
        _ => null,
    };

    private static string Cut(string text, int bytes)
    {
        var builder = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            used += rune.Utf8SequenceLength;
            if (used > bytes)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
