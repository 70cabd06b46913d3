using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Http;

/// <summary>Refuses query parameters an endpoint does not define, as OGC API - Common asks, instead of silently ignoring a typo.</summary>
public static class UnknownParameters
{
    /// <summary>A 400 problem naming the first parameter of <paramref name="query"/> not in <paramref name="known"/>, or null when all are.</summary>
    public static ProblemHttpResult? Check(IQueryCollection query, IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(known);
        var unknown = query.Keys.FirstOrDefault(key => !known.Contains(key, StringComparer.Ordinal));
        return unknown is null
            ? null
            : ApiProblem.BadParameter(unknown, $"'{unknown}' is not a parameter of this endpoint; it takes {string.Join(", ", known)}");
    }
}
