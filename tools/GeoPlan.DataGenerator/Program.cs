using System.Globalization;
using GeoPlan.Testing;

// Usage: GeoPlan.DataGenerator OUT_DIR FEATURES SEED
// Writes the bundled geodata/ to OUT_DIR with the seeded 'plots' layer of FEATURES polygons added (plots.geojson).
if (args.Length != 3 || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var count) ||
    !int.TryParse(args[2], CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine("usage: GeoPlan.DataGenerator OUT_DIR FEATURES SEED");
    return 2;
}

var output = Directory.CreateDirectory(args[0]).FullName;
GeneratedGeodata.Write(output, count, seed);
Console.WriteLine($"wrote {count} plots to {output}");
return 0;
