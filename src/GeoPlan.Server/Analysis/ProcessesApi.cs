using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Analysis;

/// <summary>OGC API - Processes - Part 1: the commute analysis as a process executed synchronously.</summary>
public static class ProcessesApi
{
    /// <summary>The conformance classes of the processes API.</summary>
    public static IReadOnlyList<string> ConformanceClasses { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/ogc-process-description",
        "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/json",
    ];

    private const string NoSuchProcess = "http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/no-such-process";

    /// <summary>Maps <c>/processes</c>, <c>/processes/{processId}</c> and <c>/processes/{processId}/execution</c>.</summary>
    public static IEndpointRouteBuilder MapProcessesApi(this IEndpointRouteBuilder app)
    {
        var processes = app.MapGroup("/processes").WithTags("Processes");
        processes.MapGet("", GetProcesses).WithName("GetProcesses").WithSummary("The processes this service runs");
        processes.MapGet("/{processId}", GetProcess).WithName("GetProcess").WithSummary("A process's inputs and outputs");
        processes.MapPost("/{processId}/execution", Execute).WithName("ExecuteProcess")
            .WithSummary("Run a process synchronously: {\"inputs\": {...}} → its output (the commute process answers GeoJSON)");
        return app;
    }

    private static JsonHttpResult<JsonObject> GetProcesses(HttpRequest request)
    {
        var urls = new RequestUrls(request);
        return TypedResults.Json(new JsonObject
        {
            ["processes"] = new JsonArray(Summary(urls)),
            ["links"] = new JsonArray(LinkNode(urls.For("/processes"), "self", MediaTypes.Json, "This document")),
        });
    }

    private static IResult GetProcess(string processId, HttpRequest request)
    {
        if (processId != CommuteProcess.Id)
        {
            return UnknownProcess(processId);
        }

        var description = Summary(new RequestUrls(request));
        description["inputs"] = CommuteProcess.Inputs();
        description["outputs"] = CommuteProcess.Outputs();
        return TypedResults.Json(description);
    }

    private static async Task<IResult> Execute(string processId, HttpRequest request, CommuteQueries queries, CancellationToken ct)
    {
        if (processId != CommuteProcess.Id)
        {
            return UnknownProcess(processId);
        }

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem(title: "Invalid execute request", detail: $"the body is not JSON: {e.Message}",
                statusCode: StatusCodes.Status400BadRequest);
        }

        if (body is not JsonObject { } execute || execute["inputs"] is not JsonObject inputs)
        {
            return TypedResults.Problem(title: "Invalid execute request",
                detail: "send a JSON object with an 'inputs' object, e.g. {\"inputs\": {\"from\": \"123.434,41.806\", \"minutes\": [30, 60]}}",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in inputs)
        {
            if (!CommuteInputs.Names.Contains(name))
            {
                return ApiProblem.BadParameter(name, $"the commute process has no input '{name}'; inputs: {string.Join(", ", CommuteInputs.Names)}");
            }

            if (!TryText(value, out var text))
            {
                return ApiProblem.BadParameter(name, "give a string, a number or an array of them");
            }

            values[name] = text;
        }

        return await queries.AnswerAsync(new CommuteInputs(values), ct);
    }

    // Inputs arrive as JSON values; the commute query reads them as the text a query string would carry.
    private static bool TryText(JsonNode? value, out string text)
    {
        text = "";
        switch (value)
        {
            case JsonValue scalar when scalar.TryGetValue<string>(out var s):
                text = s;
                return true;
            case JsonValue scalar when scalar.TryGetValue<double>(out var d):
                text = d.ToString("R", CultureInfo.InvariantCulture);
                return true;
            case JsonArray array:
                var parts = new List<string>();
                foreach (var item in array)
                {
                    if (item is JsonArray || !TryText(item, out var part))
                    {
                        return false;
                    }

                    parts.Add(part);
                }

                text = string.Join(",", parts);
                return parts.Count > 0;
            default:
                return false;
        }
    }

    private static JsonObject Summary(RequestUrls urls) => new()
    {
        ["id"] = CommuteProcess.Id,
        ["title"] = CommuteProcess.Title,
        ["description"] = CommuteProcess.Description,
        ["version"] = "1.0.0",
        ["jobControlOptions"] = new JsonArray("sync-execute"),
        ["outputTransmission"] = new JsonArray("value"),
        ["links"] = new JsonArray(
            LinkNode(urls.For($"/processes/{CommuteProcess.Id}"), "self", MediaTypes.Json, "The process description"),
            LinkNode(urls.For($"/processes/{CommuteProcess.Id}/execution"), "http://www.opengis.net/def/rel/ogc/1.0/execute", MediaTypes.Json,
                "Execute the process")),
    };

    private static JsonObject LinkNode(string href, string rel, string type, string title) =>
        new() { ["href"] = href, ["rel"] = rel, ["type"] = type, ["title"] = title };

    private static ProblemHttpResult UnknownProcess(string processId) => TypedResults.Problem(
        type: NoSuchProcess,
        title: "Process not found",
        detail: $"there is no process '{processId}'; processes: {CommuteProcess.Id}",
        statusCode: StatusCodes.Status404NotFound);
}
