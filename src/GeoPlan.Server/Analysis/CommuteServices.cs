namespace GeoPlan.Server.Analysis;

/// <summary>Registers what commute queries need: the cache of built networks and the query answerer.</summary>
public static class CommuteServices
{
    /// <summary>Adds <see cref="CommuteNetworks"/> and <see cref="CommuteQueries"/>, one each for the service.</summary>
    public static IServiceCollection AddCommuteAnalysis(this IServiceCollection services) =>
        services.AddSingleton<CommuteNetworks>().AddSingleton<CommuteQueries>();
}
