using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Core.Tests.Analysis.Network;

/// <summary>Small seeded random networks: a partial street grid of mixed classes, speeds and oneways, and a few rail lines.</summary>
internal static class RandomNetworks
{
    public const int Cases = 1000;

    private static readonly string[] Classes = ["primary", "secondary", "residential", "urban_expressway"];

    /// <summary>The layers of case <paramref name="seed"/>; with <paramref name="twoWayRoadsOnly"/> no oneways and no rail.</summary>
    public static SyntheticLayers Make(int seed, bool twoWayRoadsOnly = false, Func<string, double, double>? speedOf = null)
    {
        var random = new Random(seed);
        var layers = new SyntheticLayers();
        var size = random.Next(2, 5);
        var spacing = 300 + random.Next(0, 1200);
        for (var i = 0; i <= size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                AddRoad(layers, random, $"h-{i}-{j}", (j * spacing, i * spacing), ((j + 1) * spacing, i * spacing), twoWayRoadsOnly, speedOf);
                AddRoad(layers, random, $"v-{i}-{j}", (i * spacing, j * spacing), (i * spacing, (j + 1) * spacing), twoWayRoadsOnly, speedOf);
            }
        }

        if (twoWayRoadsOnly)
        {
            return layers;
        }

        var stations = random.Next(2, 6);
        for (var s = 0; s < stations; s++)
        {
            layers.Station($"s{s}", random.Next(-1000, (size * spacing) + 1000), random.Next(-1000, (size * spacing) + 1000));
        }

        var lines = random.Next(1, 4);
        for (var l = 0; l < lines; l++)
        {
            var calls = Enumerable.Range(0, stations).OrderBy(_ => random.Next()).Take(random.Next(2, stations + 1)).Select(s => $"s{s}").ToArray();
            var id = $"line-{l}";
            var speed = speedOf?.Invoke(id, 20 + random.Next(0, 60)) ?? 20 + random.Next(0, 60);
            layers.Rail(id, $"L{random.Next(0, 2)}", speed, random.Next(2, 15), calls);
        }

        return layers;
    }

    private static void AddRoad(
        SyntheticLayers layers, Random random, string id, (double, double) from, (double, double) to, bool twoWayOnly, Func<string, double, double>? speedOf)
    {
        // Leave some blocks out, so the grid is irregular, and draw some roads backwards.
        if (random.NextDouble() < 0.2)
        {
            return;
        }

        var roadClass = Classes[random.Next(Classes.Length)];
        var speed = 20.0 + random.Next(0, 80);
        speed = speedOf?.Invoke(id, speed) ?? speed;
        var oneway = !twoWayOnly && random.NextDouble() < 0.25;
        layers.Road(id, roadClass, speed, oneway, random.NextDouble() < 0.5 ? [from, to] : [to, from]);
    }
}
