using System.Text.Encodings.Web;
using System.Text.Json;
using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Crs;

namespace GeoPlan.Interchange.Writing;

/// <summary>Writes a commute result as an RFC 7946 FeatureCollection: one feature per cutoff, smallest first, with its coverage;
/// the question, the scenario and the travel rules as foreign members, so the file explains itself.</summary>
public static class CommuteGeoJson
{
    /// <summary>The media type written.</summary>
    public const string MediaType = "application/geo+json";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly ExportCrs LonLat = new(CrsRegistry.Crs84);

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(CommuteResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        await using var json = new Utf8JsonWriter(output, Options);
        var request = result.Request;
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        WritePlace(json, request.Place);
        json.WriteString("direction", request.Direction == SearchDirection.Forward ? "from" : "to");
        json.WriteNumber("year", result.Scenario.Year);
        json.WriteString("scenario", result.Scenario.Name);
        json.WriteString("modes", TravelModeNames.Format(request.Modes));
        json.WriteNumber("cell_size_m", request.CellSizeMeters);
        json.WriteNumber("nearest_node_m", Math.Round(result.NearestNodeMeters, 1));
        WriteRules(json, result.Settings);
        WriteTexts(json, "running_lines", result.RunningLines);
        WriteTexts(json, "assumptions", result.Assumptions);
        json.WriteStartArray("features");
        foreach (var area in result.Areas)
        {
            WriteArea(json, area);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteTexts(Utf8JsonWriter json, string name, IReadOnlyList<string> texts)
    {
        json.WriteStartArray(name);
        foreach (var text in texts)
        {
            json.WriteStringValue(text);
        }

        json.WriteEndArray();
    }

    private static void WritePlace(Utf8JsonWriter json, CommutePlace place)
    {
        json.WriteStartObject("place");
        json.WriteNumber("lon", place.LonLat.X);
        json.WriteNumber("lat", place.LonLat.Y);
        if (place.FeatureId is not null)
        {
            json.WriteString("collection", place.Collection);
            json.WriteString("feature_id", place.FeatureId);
            json.WriteString("name_zh", place.NameZh);
            json.WriteString("name_en", place.NameEn);
        }

        json.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter json, NetworkSettings settings)
    {
        json.WriteStartObject("rules");
        json.WriteNumber("walk_speed_kmh", settings.WalkSpeedKmh);
        json.WriteNumber("circuity", settings.Circuity);
        json.WriteNumber("car_local_speed_kmh", settings.CarLocalSpeedKmh);
        json.WriteNumber("max_walk_m", settings.MaxWalkMeters);
        json.WriteNumber("max_car_local_m", settings.MaxCarLocalMeters);
        json.WriteNumber("wait_share_of_headway", settings.WaitFactor);
        json.WriteNumber("transfer_walk_m", settings.TransferWalkMeters);
        json.WriteNumber("transfer_penalty_s", settings.TransferPenaltySeconds);
        json.WriteNumber("park_and_ride_s", settings.ParkAndRideSeconds);
        json.WriteEndObject();
    }

    private static void WriteArea(Utf8JsonWriter json, CommuteArea area)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", $"{area.Minutes}min");
        json.WritePropertyName("geometry");
        GeoJsonGeometryWriter.Write(json, area.LonLat, LonLat);
        json.WriteStartObject("properties");
        json.WriteNumber("minutes", area.Minutes);
        json.WriteNumber("area_km2", Math.Round(area.AreaKm2, 6));
        var metropolitan = area.Coverage.Metropolitan.Rounded();
        WriteNullable(json, "population_covered", metropolitan.CoveredPopulation);
        WriteNullable(json, "population_share", metropolitan.PopulationShare);
        json.WritePropertyName("metropolitan");
        WriteCoverage(json, metropolitan);
        WriteCoverages(json, "cities", area.Coverage.Cities);
        WriteCoverages(json, "districts", area.Coverage.Districts);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCoverages(Utf8JsonWriter json, string name, IReadOnlyList<UnitCoverage> units)
    {
        json.WriteStartArray(name);
        foreach (var unit in units)
        {
            WriteCoverage(json, unit);
        }

        json.WriteEndArray();
    }

    private static void WriteCoverage(Utf8JsonWriter json, UnitCoverage row)
    {
        var unit = row.Rounded();
        json.WriteStartObject();
        json.WriteString("id", unit.Id);
        json.WriteString("layer", unit.Layer);
        json.WriteString("name_zh", unit.NameZh);
        json.WriteString("name_en", unit.NameEn);
        json.WriteNumber("area_km2", unit.AreaKm2);
        json.WriteNumber("covered_km2", unit.CoveredKm2);
        json.WriteNumber("area_share", unit.AreaShare);
        if (unit.Population is { } population)
        {
            json.WriteNumber("population", population);
        }
        else
        {
            json.WriteNull("population");
        }

        WriteNullable(json, "population_covered", unit.CoveredPopulation);
        WriteNullable(json, "population_share", unit.PopulationShare);
        json.WriteString("population_null_reason", unit.PopulationNullReason);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
