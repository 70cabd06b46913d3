using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Http;

/// <summary>The RFC 9457 problem responses of the API: what was wrong and how to fix it.</summary>
public static class ApiProblem
{
    /// <summary>400: a query parameter has a value that is not allowed.</summary>
    public static ProblemHttpResult BadParameter(string parameter, string detail) => TypedResults.Problem(
        title: $"Invalid parameter '{parameter}'",
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>404: the thing named in the path does not exist.</summary>
    public static ProblemHttpResult NotFound(string what, string detail) => TypedResults.Problem(
        title: $"{what} not found",
        detail: detail,
        statusCode: StatusCodes.Status404NotFound);
}
