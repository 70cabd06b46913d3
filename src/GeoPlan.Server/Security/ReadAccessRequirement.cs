using Microsoft.AspNetCore.Authorization;

namespace GeoPlan.Server.Security;

/// <summary>The requirement of <see cref="AccessPolicies.Read"/>: a valid token, or no token at all while reads are open; met by
/// <see cref="ReadAccessHandler"/>.</summary>
public sealed class ReadAccessRequirement : IAuthorizationRequirement;
