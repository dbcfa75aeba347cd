using System.CommandLine;
using System.Globalization;
using OrderMatch.Cli.Benchmarks;
using OrderMatch.Cli.Configuration;
using OrderMatch.Domain.Generation;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>`bench db --tier L --runs 3`: snapshot load and plan write-back times on a scratch database.</summary>
internal static class BenchDbCommand
{
    public static Command Create()
    {
        var tier = new Option<Tier>("--tier", "-t") { Description = "Size tier S, M or L", DefaultValueFactory = _ => Tier.L };
        var seed = new Option<int>("--seed") { Description = "Scenario seed", DefaultValueFactory = _ => 1 };
        var runs = new Option<int>("--runs") { Description = "Repetitions of each measurement", DefaultValueFactory = _ => 3 };
        var connection = DbCommand.ConnectionOption();
        var command = new Command("db", "Time snapshot load and plan write-back against PostgreSQL (a scratch database, dropped afterwards)")
        {
            tier, seed, runs, connection,
        };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            var console = AnsiConsole.Console;
            var repetitions = parse.GetValue(runs);
            if (repetitions < 1)
            {
                console.MarkupLine("[red]--runs must be at least 1[/]");
                return ExitCodes.Invalid;
            }

            var scenario = ScenarioGenerator.Generate(parse.GetValue(tier), parse.GetValue(seed));
            console.MarkupLine($"tier {parse.GetValue(tier)} seed {parse.GetValue(seed)}: {scenario.Orders.Count} orders, {scenario.Trainers.Count} trainers, {scenario.Institutions.Count} institutions");
            var bench = new DbBenchmark(CliConfiguration.ConnectionString(CliConfiguration.Build(parse.GetValue(connection))));
            var result = await bench.RunAsync(scenario, repetitions, cancellationToken).ConfigureAwait(false);
            var table = new Table().AddColumns("measurement", "median s", "runs (s)", "rows");
            table.AddRow("import (upsert, one transaction)", F(result.ImportSeconds), F(result.ImportSeconds), "");
            table.AddRow("snapshot load (REPEATABLE READ)", F(DbBenchmarkResult.Median(result.LoadSeconds)), string.Join(" ", result.LoadSeconds.Select(F)),
                $"{scenario.Orders.Count} orders");
            table.AddRow("plan write-back (binary COPY)", F(DbBenchmarkResult.Median(result.WriteSeconds)), string.Join(" ", result.WriteSeconds.Select(F)),
                $"{result.Classes} classes, {result.Sessions} sessions, {result.Enrollments} enrollments, {result.Unassigned} unassigned");
            console.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string F(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);
}
