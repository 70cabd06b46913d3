namespace GeoPlan.Server.Limits;

/// <summary>Endpoint metadata: the endpoint sets its own request body limit, so <see cref="RequestBodyLimit"/> leaves it alone.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class OwnBodyLimitAttribute : Attribute;
