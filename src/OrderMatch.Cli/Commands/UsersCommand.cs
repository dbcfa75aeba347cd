using System.CommandLine;
using OrderMatch.Cli.Configuration;
using OrderMatch.Data.Schema;
using OrderMatch.Data.Users;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>
/// `users add LOGIN --role R [--enterprise E] [--institution I] [--regions R01,R02] [--email A] [--password-stdin]` and
/// `users token LOGIN --name N`: the people and programs that use the web API. A token is printed once, alone on
/// standard output; only its hash is stored.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Users of the web API: add one, issue an API token");
        command.Add(Add());
        command.Add(Token());
        return command;
    }

    private static Command Add()
    {
        var connection = DbCommand.ConnectionOption();
        var login = new Argument<string>("login") { Description = "Login: 1 to 64 letters, digits, '.', '_', '@' or '-'" };
        var role = new Option<UserRole>("--role") { Description = "enterprise | coordinator | institution | admin", Required = true };
        var enterprise = new Option<string?>("--enterprise") { Description = "The enterprise an enterprise user acts for" };
        var institution = new Option<string?>("--institution") { Description = "The institution an institution user acts for" };
        var regions = new Option<string?>("--regions") { Description = "A coordinator's regions, comma-separated (default: all regions)" };
        var email = new Option<string?>("--email") { Description = "Where the user receives notifications (coordinators: declined classes)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (without it the user signs in with API tokens only)" };
        var command = new Command("add", "Add a user with a role and what the role is bound to")
        {
            login, role, enterprise, institution, regions, email, passwordStdin, connection,
        };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            var console = AnsiConsole.Console;
            var user = new NewUser(parse.GetValue(login)!, parse.GetValue(role), parse.GetValue(enterprise), parse.GetValue(institution),
                parse.GetValue(regions) is { } list ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : null,
                parse.GetValue(email));
            if (user.Problem() is { } problem)
            {
                return Refuse(console, problem);
            }

            string? hash = null;
            if (parse.GetValue(passwordStdin))
            {
                var password = await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (string.IsNullOrEmpty(password))
                {
                    return Refuse(console, "--password-stdin: standard input has no password on its first line");
                }

                hash = PasswordHashes.Hash(password);
            }

            await using var dataSource = DbCommand.OpenDataSource(parse.GetValue(connection));
            await Migrator.MigrateAsync(dataSource, progress: null, cancellationToken).ConfigureAwait(false);
            try
            {
                var id = await new UserStore(dataSource).CreateAsync(user, hash, Environment.UserName, cancellationToken).ConfigureAwait(false);
                console.MarkupLine(Markup.Escape($"user {user.Login} ({user.Role.ToString().ToLowerInvariant()}) added as #{id}")
                    + (hash is null ? Markup.Escape("; without a password it signs in with API tokens: `ordermatch users token`") : ""));
                return ExitCodes.Ok;
            }
            catch (UserStoreException e)
            {
                return Refuse(console, $"{e.Message} ({e.Code})");
            }
        }));
        return command;
    }

    private static Command Token()
    {
        var connection = DbCommand.ConnectionOption();
        var login = new Argument<string>("login") { Description = "The user the token acts as" };
        var name = new Option<string>("--name") { Description = "What the token is for (e.g. the program using it)", Required = true };
        var command = new Command("token", "Issue an API token for a user; it is printed once and never stored") { login, name, connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            await using var dataSource = DbCommand.OpenDataSource(parse.GetValue(connection));
            try
            {
                var issued = await new ApiTokenStore(dataSource).IssueAsync(parse.GetValue(login)!, parse.GetValue(name)!, Environment.UserName,
                    cancellationToken).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"token #{issued.Id} \"{issued.Name}\" for {parse.GetValue(login)}; it is shown only now, send it as Authorization: Bearer <token>")
                    .ConfigureAwait(false);
                Console.Out.WriteLine(issued.Token);
                return ExitCodes.Ok;
            }
            catch (UserStoreException e)
            {
                return Refuse(AnsiConsole.Console, $"{e.Message} ({e.Code})");
            }
        }));
        return command;
    }

    private static int Refuse(IAnsiConsole console, string message)
    {
        console.MarkupLine($"[red]{Markup.Escape(message)}[/]");
        return ExitCodes.Invalid;
    }
}
