using System.Globalization;
using GeoPlan.Testing;

// Usage: GeoPlan.DataGenerator OUT_DIR FEATURES SEED
//   Writes the bundled geodata/ to OUT_DIR with the seeded 'plots' layer of FEATURES polygons added (plots.geojson).
// Usage: GeoPlan.DataGenerator roads OUT_DIR SEGMENTS SEED
//   Writes the bundled geodata/ to OUT_DIR with a seeded network of at least SEGMENTS road segments added to roads.geojson:
//   street grids around the 7 metropolitan cities and expressways between them (GeneratedRoadNetwork).
const string Usage = "usage: GeoPlan.DataGenerator OUT_DIR FEATURES SEED\n       GeoPlan.DataGenerator roads OUT_DIR SEGMENTS SEED";
var roads = args.Length == 4 && args[0] == "roads";
var rest = roads ? args[1..] : args;
if (rest.Length != 3 || !int.TryParse(rest[1], CultureInfo.InvariantCulture, out var count) || (roads && count < 1) ||
    !int.TryParse(rest[2], CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var output = Directory.CreateDirectory(rest[0]).FullName;
if (roads)
{
    var network = GeneratedGeodata.WriteRoads(output, count, seed);
    Console.WriteLine($"added {network.Features.Count} roads of {network.SegmentCount} segments to the roads in {output}");
}
else
{
    GeneratedGeodata.Write(output, count, seed);
    Console.WriteLine($"wrote {count} plots to {output}");
}

return 0;
