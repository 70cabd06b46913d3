using GeoPlan.Server.Plan;

namespace GeoPlan.Server.Features;

/// <summary>Who may edit features, and under whose name the change is recorded.</summary>
/// <remarks>Until the service authenticates its callers, edits are off unless <c>GeoPlan:AllowFeatureWrites</c> is true, and every
/// change is recorded by <see cref="IndicatorActualsApi.Anonymous"/>.</remarks>
public static class EditingGate
{
    /// <summary>The configuration key that turns edits on.</summary>
    public const string AllowKey = "GeoPlan:AllowFeatureWrites";

    /// <summary>The 403 for a write while edits are off, or null when the caller may write.</summary>
    public static IResult? Refusal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
        return configuration.GetValue<bool>(AllowKey)
            ? null
            : TypedResults.Problem(
                title: "Editing features is turned off",
                detail: $"this service does not take edits while it cannot tell who sends them; its operator can allow them with {AllowKey}=true",
                statusCode: StatusCodes.Status403Forbidden);
    }

    /// <summary>The name a change by this caller is recorded under.</summary>
    public static string EditorOf(HttpContext context) => IndicatorActualsApi.Anonymous;
}
