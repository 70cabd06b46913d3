using System.Text.Json.Nodes;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeoPlan.Server.Features;

/// <summary>Describes the items endpoint's query parameters in the OpenAPI document, so clients such as GDAL and QGIS can read the limits.</summary>
/// <remarks>The endpoint reads its query string itself (<see cref="ItemsQueryParser"/>), so the parameters are documented here by hand.</remarks>
internal static class ItemsApiDocumentation
{
    /// <summary>Adds bbox, limit, offset and year to the <c>GetItems</c> operation.</summary>
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != "GetItems")
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(Query(
            "bbox",
            "Only features intersecting minLon,minLat,maxLon,maxLat (WGS 84, CRS84)",
            new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                MinItems = 4,
                MaxItems = 4,
                Items = new OpenApiSchema { Type = JsonSchemaType.Number },
            },
            explode: false));
        operation.Parameters.Add(Query(
            "limit",
            "Features per page",
            new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Minimum = "1",
                Maximum = FeatureQuery.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Default = JsonValue.Create(FeatureQuery.DefaultLimit),
            }));
        operation.Parameters.Add(Query("offset", "Matching features to skip", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0", Default = JsonValue.Create(0) }));
        operation.Parameters.Add(Query(
            "year",
            "Only features that exist in this scenario year (2023 the baseline, 2025 the plan)",
            new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Minimum = ScenarioYear.Min.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Maximum = ScenarioYear.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));
        return Task.CompletedTask;
    }

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema, bool explode = true) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = schema,
        Style = ParameterStyle.Form,
        Explode = explode,
    };
}
