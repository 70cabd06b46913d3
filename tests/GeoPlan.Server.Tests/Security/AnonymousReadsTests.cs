using GeoPlan.Server.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace GeoPlan.Server.Tests.Security;

/// <summary>Which requests skip authentication and authorization: only reads with no credentials, to endpoints naming no policy,
/// while reads are anonymous.</summary>
public sealed class AnonymousReadsTests
{
    [Fact]
    public void A_read_without_credentials_while_reads_are_anonymous_skips_the_checks()
    {
        Assert.False(AnonymousReads.NeedsAccessCheck(Request(), new SecurityOptions()));
    }

    [Fact]
    public void A_request_with_an_authorization_header_is_checked_so_a_bad_token_is_refused()
    {
        var context = Request();
        context.Request.Headers.Authorization = "Bearer gp_unknown";

        Assert.True(AnonymousReads.NeedsAccessCheck(context, new SecurityOptions()));
    }

    [Fact]
    public void Every_request_is_checked_when_reads_need_a_token()
    {
        Assert.True(AnonymousReads.NeedsAccessCheck(Request(), new SecurityOptions { RequireViewerForReads = true }));
    }

    [Theory]
    [InlineData("policy name")]
    [InlineData("policy object")]
    public void An_endpoint_that_names_a_policy_is_checked(string how)
    {
        object policy = how == "policy name"
            ? new AuthorizeAttribute(AccessPolicies.Edit)
            : new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

        Assert.True(AnonymousReads.NeedsAccessCheck(Request(policy), new SecurityOptions()));
    }

    private static DefaultHttpContext Request(params object[] endpointMetadata)
    {
        var context = new DefaultHttpContext();
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(endpointMetadata), "test endpoint"));
        return context;
    }
}
