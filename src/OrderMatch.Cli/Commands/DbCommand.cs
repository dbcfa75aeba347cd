using System.CommandLine;
using Npgsql;
using OrderMatch.Cli.Configuration;
using OrderMatch.Data.Import;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Schema;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Json;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>`db migrate | import SCENARIO | export (--plan ID | --scenario) -o FILE`: the PostgreSQL store.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "The PostgreSQL store: schema, import and export");
        command.Add(Migrate());
        command.Add(Import());
        command.Add(Export());
        return command;
    }

    public static Option<string?> ConnectionOption() =>
        new("--connection") { Description = "Npgsql connection string (default: appsettings.json / ORDERMATCH_ConnectionStrings__OrderMatch)" };

    private static Command Migrate()
    {
        var connection = ConnectionOption();
        var command = new Command("migrate", "Apply the schema migrations the database does not have yet (safe to re-run)") { connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            await using var dataSource = OpenDataSource(parse.GetValue(connection));
            await MigrateAsync(dataSource, AnsiConsole.Console, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Import()
    {
        var connection = ConnectionOption();
        var scenarioPath = new Argument<FileInfo>("scenario") { Description = "Scenario JSON file" };
        var command = new Command("import", "Upsert a scenario's reference data, orders and pins (a re-import is a no-op)") { scenarioPath, connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            var console = AnsiConsole.Console;
            var result = Inputs.LoadScenario(parse.GetValue(scenarioPath)!.FullName, console);
            if (!result.IsValid)
            {
                return Inputs.CannotBeRead(result.Problems) ? ExitCodes.Unreadable : ExitCodes.Invalid;
            }

            await using var dataSource = OpenDataSource(parse.GetValue(connection));
            await MigrateAsync(dataSource, console, cancellationToken).ConfigureAwait(false);
            var summary = await ScenarioImporter.ImportAsync(dataSource, result.Value!, Environment.UserName, cancellationToken).ConfigureAwait(false);
            var changed = summary.Written.Where(w => w.Value > 0).Select(w => $"{w.Key} {w.Value}");
            console.MarkupLine(summary.Total == 0
                ? $"imported [bold]{Markup.Escape(result.Value!.Name)}[/]: already up to date, nothing written"
                : $"imported [bold]{Markup.Escape(result.Value!.Name)}[/]: {summary.Total} rows written ({Markup.Escape(string.Join(", ", changed))})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Export()
    {
        var connection = ConnectionOption();
        var planId = new Option<long?>("--plan") { Description = "Export this plan (FORMAT.md plan JSON)" };
        var scenario = new Option<bool>("--scenario") { Description = "Export the planning snapshot (FORMAT.md scenario JSON)" };
        var output = new Option<FileInfo>("--output", "-o") { Description = "File to write", Required = true };
        var command = new Command("export", "Write a stored plan or the current planning snapshot as FORMAT.md JSON") { planId, scenario, output, connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            var console = AnsiConsole.Console;
            var id = parse.GetValue(planId);
            if (id is null == !parse.GetValue(scenario))
            {
                console.MarkupLine("[red]give exactly one of --plan ID and --scenario[/]");
                return ExitCodes.Invalid;
            }

            await using var dataSource = OpenDataSource(parse.GetValue(connection));
            string json;
            if (id is { } planKey)
            {
                await using var db = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                var stored = await PlanReader.ReadAsync(db, null, planKey, cancellationToken).ConfigureAwait(false);
                if (stored is null)
                {
                    console.MarkupLine($"[red]--plan: there is no plan {planKey}[/]");
                    return ExitCodes.Invalid;
                }

                json = FormatJson.Serialize(stored.Plan);
            }
            else
            {
                json = FormatJson.Serialize(await SnapshotReader.ReadAsync(dataSource, cancellationToken).ConfigureAwait(false));
            }

            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            await File.WriteAllTextAsync(file.FullName, json, new System.Text.UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"[green]wrote[/] {Markup.Escape(file.FullName)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static NpgsqlDataSource OpenDataSource(string? connection) =>
        NpgsqlDataSource.Create(CliConfiguration.ConnectionString(CliConfiguration.Build(connection)));

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var result = await Migrator.MigrateAsync(dataSource, new Progress<Migration>(), cancellationToken).ConfigureAwait(false);
        foreach (var m in result.Applied)
        {
            console.MarkupLine($"applied migration {m.Version:D4} {Markup.Escape(m.Name)}");
        }

        console.MarkupLine(result.Applied.Count == 0
            ? $"schema up to date ({result.AlreadyApplied} migrations)"
            : $"schema migrated: {result.Applied.Count} applied, {result.AlreadyApplied} already in place");
    }
}
