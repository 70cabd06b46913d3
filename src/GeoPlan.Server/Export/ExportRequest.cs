using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.Writing;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Export;

/// <summary>What <c>/collections/{id}/export</c> is asked for: a format, a CRS and optionally a scenario year.</summary>
/// <param name="Format">The file format.</param>
/// <param name="Crs">The CRS coordinates are written in.</param>
/// <param name="Year">Only features that exist in this scenario, when set.</param>
public sealed record ExportRequest(ExportFormat Format, CrsDefinition Crs, ScenarioYear? Year)
{
    private static readonly string[] Parameters = ["f", "crs", ScenarioYearParameter.Name];

    /// <summary>The request, or a 400 problem naming the first parameter that is wrong and what is allowed.</summary>
    public static (ExportRequest? Request, ProblemHttpResult? Problem) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var (name, values) in query)
        {
            if (!Parameters.Contains(name))
            {
                return Fail(name, $"'{name}' is not a parameter of an export; allowed: {string.Join(", ", Parameters)}");
            }

            if (values.Count > 1)
            {
                return Fail(name, $"'{name}' is given {values.Count} times; give it once");
            }
        }

        if (!query.TryGetValue("f", out var formatName))
        {
            return Fail("f", $"f is required: the file format, one of {ExportFormat.Names}");
        }

        if (!ExportFormat.TryFind(formatName, out var format))
        {
            return Fail("f", $"'{formatName}' is not an export format; allowed: {ExportFormat.Names}");
        }

        var crs = CrsRegistry.Crs84;
        if (query.TryGetValue("crs", out var crsText) && !CrsRegistry.TryFind(crsText, out crs))
        {
            var codes = string.Join(", ", CrsRegistry.All.Select(c => c.Code));
            return Fail("crs", $"'{crsText}' is not a CRS GeoPlan knows; allowed: {codes} or their OGC URIs");
        }

        if (format.CrsProblem(crs) is { } crsProblem)
        {
            return Fail("crs", crsProblem);
        }

        ScenarioYear? year = null;
        if (query.TryGetValue(ScenarioYearParameter.Name, out var yearText))
        {
            if (!ScenarioYearParameter.TryParse(yearText, out var parsed, out var error))
            {
                return Fail(ScenarioYearParameter.Name, error);
            }

            year = parsed;
        }

        return (new ExportRequest(format, crs, year), null);
    }

    /// <summary>The attachment's name: the collection, then the year and CRS when given, e.g. <c>parks-2025-EPSG-4550.gpkg</c>.</summary>
    public string FileName(LayerInfo layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var year = Year is { } y ? $"-{y.Year}" : "";
        var crs = Crs == CrsRegistry.Crs84 ? "" : "-" + Crs.Code.Replace(':', '-');
        return $"{layer.Id}{year}{crs}.{Format.Extension}";
    }

    private static (ExportRequest?, ProblemHttpResult?) Fail(string parameter, string detail) =>
        (null, ApiProblem.BadParameter(parameter, detail));
}
