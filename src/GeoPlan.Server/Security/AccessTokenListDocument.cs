namespace GeoPlan.Server.Security;

/// <summary>The answer of <c>GET /admin/tokens</c>: every token, in the order issued.</summary>
public sealed record AccessTokenListDocument(IReadOnlyList<AccessTokenDocument> Tokens);
