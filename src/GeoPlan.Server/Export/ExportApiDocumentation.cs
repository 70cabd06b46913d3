using System.Globalization;
using System.Text.Json.Nodes;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.Writing;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeoPlan.Server.Export;

/// <summary>Describes the export endpoint's query parameters in the OpenAPI document: the formats, the CRSs and the year.</summary>
/// <remarks>The endpoint reads its query string itself (<see cref="ExportRequest"/>), so its parameters are documented by hand.</remarks>
internal static class ExportApiDocumentation
{
    /// <summary>Adds f, crs and year to the <c>GetExport</c> operation.</summary>
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != "GetExport")
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(Query("f", "The file format", Choice(ExportFormat.All.Select(f => f.Name)), required: true));
        operation.Parameters.Add(Query(
            "crs",
            "The CRS of the coordinates, as a code or OGC URI (default CRS84); KML is always CRS84",
            Choice(CrsRegistry.All.Select(c => c.Code))));
        operation.Parameters.Add(Query(
            "year",
            "Only features that exist in this scenario year (2023 the baseline, 2025 the plan)",
            new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Minimum = ScenarioYear.Min.ToString(CultureInfo.InvariantCulture),
                Maximum = ScenarioYear.Max.ToString(CultureInfo.InvariantCulture),
            }));
        return Task.CompletedTask;
    }

    private static OpenApiSchema Choice(IEnumerable<string> values) =>
        new() { Type = JsonSchemaType.String, Enum = values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList() };

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema, bool required = false) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = schema,
        Required = required,
    };
}
