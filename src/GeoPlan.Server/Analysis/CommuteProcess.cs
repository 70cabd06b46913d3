using System.Text.Json.Nodes;

namespace GeoPlan.Server.Analysis;

/// <summary>The commute analysis described as an OGC API - Processes process: its inputs, output and how it runs.</summary>
public static class CommuteProcess
{
    /// <summary>The process id.</summary>
    public const string Id = "commute";

    /// <summary>The process's title.</summary>
    public const string Title = "Commute isochrones and coverage (都市圈通勤圈)";

    /// <summary>What the process does.</summary>
    public const string Description = "Nested isochrone polygons from (or to) a place by walk, rail and car for a scenario year, " +
        "each with the area and 2020 census population it covers per metropolitan city and Shenyang district.";

    /// <summary>The process description's <c>inputs</c> member.</summary>
    public static JsonObject Inputs() => new()
    {
        ["from"] = Input("Origin", "lon,lat in WGS 84 (or [lon, lat]) or collection:feature, e.g. rail_stations:沈阳北站; give from or to", Place(), 0),
        ["to"] = Input("Destination", "as from, for who can reach the place; give from or to", Place(), 0),
        ["minutes"] = Input("Cutoffs", "whole minutes from 1 to 240, at most 8; default 30, 45, 60",
            new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 240 }, ["maxItems"] = 8 }, 0),
        ["year"] = Input("Scenario year", "2023 (baseline) or 2025 (plan); default 2025",
            new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(2023, 2025) }, 0),
        ["scenario"] = Input("Named scenario", "a configured scenario (a year with lines added or removed) instead of year", Text(), 0),
        ["modes"] = Input("Travel modes", "walk, rail and/or car; default all three",
            new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("walk", "rail", "car") } }, 0),
        ["cell_size"] = Input("Grid cell size", "metres, 50 to 2000; default 250",
            new JsonObject { ["type"] = "number", ["minimum"] = 50, ["maximum"] = 2000 }, 0),
    };

    /// <summary>The process description's <c>outputs</c> member.</summary>
    public static JsonObject Outputs() => new()
    {
        ["isochrones"] = new JsonObject
        {
            ["title"] = "Isochrones",
            ["description"] = "A GeoJSON FeatureCollection, one polygon per cutoff, smallest first, with coverage properties",
            ["schema"] = new JsonObject { ["type"] = "object", ["contentMediaType"] = "application/geo+json" },
        },
    };

    private static JsonObject Input(string title, string description, JsonObject schema, int minOccurs) => new()
    {
        ["title"] = title,
        ["description"] = description,
        ["schema"] = schema,
        ["minOccurs"] = minOccurs,
        ["maxOccurs"] = 1,
    };

    private static JsonObject Place() => new()
    {
        ["oneOf"] = new JsonArray(Text(), new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "number" }, ["minItems"] = 2, ["maxItems"] = 2 }),
    };

    private static JsonObject Text() => new() { ["type"] = "string" };
}
