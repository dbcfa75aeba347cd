using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrderMatch.Cli.Configuration;
using OrderMatch.Jobs.Hosting;
using OrderMatch.Jobs.Notify;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Scheduling;
using Quartz;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>
/// `worker [--threads N]`: a member of the planning cluster. It migrates the schema, keeps the recurring re-plan
/// and Notify triggers, and runs queued planning runs and email deliveries until stopped (Ctrl+C / SIGTERM hands its running work back to the
/// cluster). Several workers against one database share the work; a killed worker's run is recovered by another.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var connection = DbCommand.ConnectionOption();
        var concurrency = new Option<int?>("--threads") { Description = "Planning runs this worker executes at once (Scheduler:MaxConcurrency)" };
        var command = new Command("worker", "Run queued planning runs (a member of the clustered scheduler) until stopped") { concurrency, connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            using var host = Build(parse.GetValue(connection), parse.GetValue(concurrency));
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"worker [bold]{Markup.Escape(scheduler.SchedulerInstanceId)}[/] ready (pid {Environment.ProcessId}); Ctrl+C stops it");
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static IHost Build(string? connection, int? concurrency)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables(CliConfiguration.EnvironmentPrefix);
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(connection))
        {
            overrides["ConnectionStrings:OrderMatch"] = connection;
        }

        if (concurrency is { } n)
        {
            overrides[$"{SchedulerSettings.SectionName}:{nameof(SchedulerSettings.MaxConcurrency)}"] = n.ToString(CultureInfo.InvariantCulture);
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        var configuration = builder.Configuration;
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddOrderMatchPlanning(CliConfiguration.ConnectionString(configuration), CliConfiguration.Planning(configuration));
        builder.Services.AddOrderMatchWorker(CliConfiguration.Scheduler(configuration));
        builder.Services.AddOrderMatchNotifications(OrderMatchConfiguration.Notifications(configuration));
        builder.Services.AddOrderMatchNotifyWorker();
        return builder.Build();
    }
}
