namespace GeoPlan.Server.Plan;

/// <summary>Registers what plan monitoring needs: the judge of indicator and task lights.</summary>
public static class PlanServices
{
    /// <summary>Adds <see cref="IndicatorStatuses"/>, one for the service.</summary>
    public static IServiceCollection AddPlanMonitoring(this IServiceCollection services) => services.AddSingleton<IndicatorStatuses>();
}
