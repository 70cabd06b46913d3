using System.Net;
using System.Text.Json;
using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Tests.Operations;

/// <summary>Every request has an id: echoed in its response and problem body, and in the scope and access line of its logs.</summary>
public sealed class RequestLogTests : IClassFixture<RequestLogTests.LoggedApp>
{
    private readonly LoggedApp _app;
    private readonly HttpClient _client;

    public RequestLogTests(LoggedApp app)
    {
        _app = app;
        _client = app.CreateClient();
    }

    [Fact]
    public async Task A_valid_caller_id_is_echoed_and_logged_with_the_route_and_status()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz?token=secret-value");
        request.Headers.Add("X-Request-Id", "trace-42.a_b");
        request.Headers.Add("Authorization", "Bearer hidden-credential");
        using var response = await _client.SendAsync(request);

        Assert.Equal("trace-42.a_b", Assert.Single(response.Headers.GetValues("X-Request-Id")));
        var access = Assert.Single(_app.Logs.Entries, e => e.Category.EndsWith("RequestLog", StringComparison.Ordinal) && e.Message.Contains("trace-42.a_b", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, access.Level);
        Assert.StartsWith("GET /healthz 200 ", access.Message, StringComparison.Ordinal);
        Assert.Equal("trace-42.a_b", access.Scopes["RequestId"]);
        Assert.DoesNotContain(_app.Logs.Entries, e => e.Message.Contains("secret-value", StringComparison.Ordinal) ||
            e.Message.Contains("hidden-credential", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("new\u000aline")]
    [InlineData("<script>")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task An_unsafe_caller_id_is_replaced_by_a_new_one(string offered)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.TryAddWithoutValidation("X-Request-Id", offered);
        using var response = await _client.SendAsync(request);

        var id = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.NotEqual(offered, id);
        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public async Task Requests_without_an_id_each_get_their_own()
    {
        var ids = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await _client.GetAsync("/healthz");
            Assert.True(ids.Add(Assert.Single(response.Headers.GetValues("X-Request-Id"))));
        }
    }

    [Fact]
    public async Task Problem_bodies_carry_the_request_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/collections/nowhere");
        request.Headers.Add("X-Request-Id", "problem-7");
        using var response = await _client.SendAsync(request);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("problem-7", problem.GetProperty("requestId").GetString());
        Assert.Equal("problem-7", Assert.Single(response.Headers.GetValues("X-Request-Id")));
    }

    [Fact]
    public async Task Json_logs_are_one_setting_away()
    {
        await using var plain = new GeoPlanApp();
        await using var json = new ConfiguredApp(("GeoPlan:Logging:Json", "true"));

        Assert.NotEqual(ConsoleFormatterNames.Json, plain.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
        Assert.Equal(ConsoleFormatterNames.Json, json.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
        Assert.True(json.Services.GetRequiredService<IOptions<JsonConsoleFormatterOptions>>().Value.IncludeScopes);
    }

    /// <summary>The service with its logs captured.</summary>
    public sealed class LoggedApp : GeoPlanApp
    {
        internal CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The access line is off by default (appsettings.json); this is how an operator turns it on.
            builder.UseSetting("Logging:LogLevel:GeoPlan.Server.Observability.RequestLog", "Information");
            builder.ConfigureLogging(l => l.AddProvider(Logs));
        }
    }
}
