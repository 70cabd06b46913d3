namespace GeoPlan.Testing.Roads;

/// <summary>A metropolitan city a generated street grid is laid around.</summary>
/// <param name="Id">The city's id in geodata/metro_cities.geojson.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Centre">The city centre, lon/lat, approximate.</param>
/// <param name="PopulationMillions">The 2020 census population (metro_cities population_2020), which sizes the grid.</param>
internal sealed record GeneratedCity(string Id, string NameZh, string NameEn, (double Lon, double Lat) Centre, double PopulationMillions)
{
    // Centres are the approximate coordinates of each city's main urban district (to about 1 km), not computed from the
    // metro_cities polygons, whose representative points fall in rural counties; 沈阳 is 市府广场.
    public static IReadOnlyList<GeneratedCity> All { get; } =
    [
        new("shenyang", "沈阳", "Shenyang", (123.431, 41.806), 9.07),
        new("anshan", "鞍山", "Anshan", (122.994, 41.108), 3.33),
        new("fushun", "抚顺", "Fushun", (123.957, 41.881), 1.85),
        new("benxi", "本溪", "Benxi", (123.766, 41.294), 1.33),
        new("fuxin", "阜新", "Fuxin", (121.670, 42.022), 1.65),
        new("liaoyang", "辽阳", "Liaoyang", (123.173, 41.269), 1.60),
        new("tieling", "铁岭", "Tieling", (123.844, 42.286), 2.39),
    ];

    /// <summary>The city of this id.</summary>
    public static GeneratedCity Named(string id) => All.Single(c => c.Id == id);
}
