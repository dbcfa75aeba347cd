using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OrderMatch.Data.Runs;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Scheduling;
using Quartz;

namespace OrderMatch.Jobs.Tests.Runs;

public sealed class ReplanJobTests
{
    [Fact]
    public async Task The_recurring_replan_queues_one_run_with_the_default_limit_and_none_while_one_is_open()
    {
        var scenario = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        await using var db = await RunDatabase.CreateAsync(scenario);
        var settings = new RunServiceSettings { DefaultTimeLimitSeconds = 42 };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOrderMatchPlanning(db.ConnectionString, settings);
        services.AddOrderMatchScheduler(new SchedulerSettings { ConnectionString = db.ConnectionString });
        await using var provider = services.BuildServiceProvider();
        var job = new ReplanJob(db.DataSource, provider.GetRequiredService<RunRequests>(), settings, NullLogger<ReplanJob>.Instance);

        await job.Execute(null!, CancellationToken.None);
        await job.Execute(null!, CancellationToken.None);

        var runs = await db.Runs.ListAsync(10);
        var run = Assert.Single(runs);
        Assert.Equal(RunStatus.Queued, run.Status);
        Assert.Equal("schedule", run.RequestedBy);
        Assert.Equal(42, run.Options.TimeLimitSeconds);
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetJobDetail(SolveRunJob.KeyFor(run.Id)));

        await db.Runs.RequestCancelAsync(run.Id, "test");
        await job.Execute(null!, CancellationToken.None);

        Assert.Equal(2, (await db.Runs.ListAsync(10)).Count);
    }
}
