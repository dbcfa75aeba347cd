using Microsoft.Extensions.DependencyInjection;
using OrderMatch.Data.Partitions;
using OrderMatch.Data.Runs;
using OrderMatch.Domain.Generation;
using OrderMatch.Jobs.Partitions;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Scheduling;
using OrderMatch.Jobs.Tests.Runs;
using Quartz;

namespace OrderMatch.Jobs.Tests.Partitions;

/// <summary>
/// A tier S scenario in a fresh database, with the partition services and a scheduler that is never started: jobs are
/// queued in its tables, and the test runs each step itself, in the order it chooses.
/// </summary>
internal sealed class PartitionedRunBed : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private PartitionedRunBed(RunDatabase db, ServiceProvider provider)
    {
        Db = db;
        _provider = provider;
        Partitions = new RunPartitions(db.DataSource);
    }

    public RunDatabase Db { get; }

    public RunPartitions Partitions { get; }

    public PartitionDispatcher Dispatcher => _provider.GetRequiredService<PartitionDispatcher>();

    public PartitionSolveService Solver => _provider.GetRequiredService<PartitionSolveService>();

    public PartitionMergeService Merger => _provider.GetRequiredService<PartitionMergeService>();

    public static async Task<PartitionedRunBed> CreateAsync(int seed = 1)
    {
        var db = await RunDatabase.CreateAsync(ScenarioGenerator.Generate(Tier.S, seed));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOrderMatchPlanning(db.ConnectionString, new RunServiceSettings { ProgressInterval = TimeSpan.FromMilliseconds(500) });
        services.AddOrderMatchScheduler(new SchedulerSettings { ConnectionString = db.ConnectionString });
        return new PartitionedRunBed(db, services.BuildServiceProvider());
    }

    public Task<long> CreateRunAsync(double timeLimitSeconds, int partitions = 2) =>
        Db.Runs.CreateAsync("test", new RunOptions { TimeLimitSeconds = timeLimitSeconds, Partitions = partitions });

    public async Task<bool> IsQueuedAsync(JobKey key)
    {
        var scheduler = await _provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetJobDetail(key) is not null;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Db.DisposeAsync();
    }
}
