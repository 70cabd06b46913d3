using System.CommandLine;
using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Security;
using GeoPlan.Core.Storage;
using GeoPlan.Storage.PostGis;
using Npgsql;

namespace GeoPlan.Cli.Commands;

/// <summary><c>geoplan token create|list|revoke</c>: manages the access tokens of a store; the service sees every change at its next
/// request.</summary>
internal static class TokenCommand
{
    private const int UsageError = 2;

    public static Command Create() => new("token", "Issue, list and revoke the access tokens the service authenticates callers by")
    {
        CreateCommand(),
        ListCommand(),
        RevokeCommand(),
    };

    private static Command CreateCommand()
    {
        var name = new Option<string>("--name")
        {
            Description = "Who or what holds the token, e.g. qgis-li.wei; recorded as the author of every change made with it",
            Required = true,
        };
        var role = new Option<string>("--role")
        {
            Description = "What it allows: viewer (read), editor (also write), admin (also manage tokens)",
            Required = true,
        };
        role.AcceptOnlyFromAmong([.. WireName.All<AccessRole>()]);
        var days = new Option<int?>("--expires-in-days")
        {
            Description = $"How many days the token works (1 to {AccessTokenLifetime.MaxDays}); without it, until it is revoked",
        };
        var store = new StoreOptions();
        var command = new Command("create", "Issue a token and print its secret, once: the store keeps only its hash") { name, role, days };
        store.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (AccessTokenNames.Problem(parse.GetValue(name)) is { } problem)
            {
                await Console.Error.WriteLineAsync($"error: --name: {problem}");
                return UsageError;
            }

            if (parse.GetValue(days) is { } lifetime && AccessTokenLifetime.Problem(lifetime) is { } lifetimeProblem)
            {
                await Console.Error.WriteLineAsync($"error: --expires-in-days: {lifetimeProblem}");
                return UsageError;
            }

            var wanted = WireName.Parse<AccessRole>(parse.GetValue(role)!);
            var expiresAt = parse.GetValue(days) is { } d ? AccessTokenLifetime.ExpiryOf(DateTimeOffset.UtcNow, d) : (DateTimeOffset?)null;
            return await RunAsync(store, parse, write: true, tokens => IssueAsync(tokens, parse.GetValue(name)!, wanted, expiresAt, ct));
        });
        return command;
    }

    private static async Task<int> IssueAsync(
        IAccessTokenStore tokens, string name, AccessRole role, DateTimeOffset? expiresAt, CancellationToken ct)
    {
        var issued = await tokens.IssueAsync(name, role, expiresAt, ct);
        await Console.Error.WriteLineAsync(
            $"issued token {Describe(issued.Token)}, " + (issued.Token.ExpiresAt is { } expiry ? $"expiring {Time(expiry)} UTC" : "until revoked"));
        // The secret alone on standard output, so that a script can capture it: TOKEN=$(geoplan token create ...).
        Console.WriteLine(issued.Secret);
        await Console.Error.WriteLineAsync(
            "This secret cannot be shown again: GeoPlan stores only its hash. Give it to its holder now; they send it as " +
            "'Authorization: Bearer <secret>'.");
        return 0;
    }

    private static Command ListCommand()
    {
        var store = new StoreOptions();
        var command = new Command("list", "List every token issued, revoked ones too: id, name, role and times, never secrets");
        store.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(store, parse, write: false, async tokens =>
        {
            var all = await tokens.ListAsync(ct);
            if (all.Count == 0)
            {
                Console.WriteLine("no tokens; issue one with 'geoplan token create --role editor --name NAME'");
                return 0;
            }

            var nameWidth = Math.Max("name".Length, all.Max(t => t.Name.Length));
            Console.WriteLine($"{"id",6}  {"name".PadRight(nameWidth)}  {"role",-6}  {"created (UTC)",-16}  {"expires (UTC)",-16}  revoked (UTC)");
            foreach (var token in all)
            {
                Console.WriteLine(
                    $"{token.Id,6}  {token.Name.PadRight(nameWidth)}  {WireName.Of(token.Role),-6}  {Time(token.CreatedAt),-16}  " +
                    $"{(token.ExpiresAt is { } expires ? Time(expires) : "-"),-16}  " + (token.RevokedAt is { } revoked ? Time(revoked) : "-"));
            }

            return 0;
        }));
        return command;
    }

    private static Command RevokeCommand()
    {
        var token = new Argument<string>("token")
        {
            Description = "The token's id (from 'geoplan token list') or the name of a valid token",
        };
        var store = new StoreOptions();
        var command = new Command("revoke", "Revoke a token: the service refuses it from its next request on") { token };
        store.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(store, parse, write: true, async tokens =>
        {
            var given = parse.GetValue(token)!;
            var id = long.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? number
                : (await tokens.ListAsync(ct)).FirstOrDefault(t => t.Name == given && !t.IsRevoked)?.Id;
            var revoked = id is null ? null : await tokens.RevokeAsync(id.Value, ct);
            if (revoked is null)
            {
                await Console.Error.WriteLineAsync(
                    $"error: there is no token with id or valid name '{given}'; 'geoplan token list' shows them");
                return 1;
            }

            Console.WriteLine($"revoked token {Describe(revoked)} at {Time(revoked.RevokedAt!.Value)} UTC");
            return 0;
        }));
        return command;
    }

    private static async Task<int> RunAsync(StoreOptions store, ParseResult parse, bool write, Func<IAccessTokenStore, Task<int>> action)
    {
        try
        {
            await using var opened = store.Open(parse, write, Console.Error);
            // Every store GeoPlan opens keeps tokens.
            return opened is null ? UsageError : await action((IAccessTokenStore)opened.Store);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            await Console.Error.WriteLineAsync(
                $"error: the database has no token table yet ({e.MessageText}); run 'geoplan migrate --pg ...' first");
            return 1;
        }
        catch (Exception e) when (PostGisErrors.Describe(e) is { } reason)
        {
            await Console.Error.WriteLineAsync($"error: {reason}");
            return 1;
        }
        catch (Exception e) when (e is AccessTokenNameTakenException or InvalidOperationException or StoreUnavailableException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private static string Describe(AccessToken token) => $"{token.Id} '{token.Name}' ({WireName.Of(token.Role)})";

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
