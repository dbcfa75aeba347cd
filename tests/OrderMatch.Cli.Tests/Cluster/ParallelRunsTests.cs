using OrderMatch.Data.Runs;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>Two workers that run one planning run at a time each take one queued run each, at the same time.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ParallelRunsTests
{
    [Fact]
    public async Task Two_queued_runs_succeed_on_different_workers_with_overlapping_run_times()
    {
        await using var bed = await ClusterBed.CreateAsync("parallel");
        await bed.ImportTierSAsync(seed: 3);
        var workers = await bed.StartWorkersAsync(2, WorkerTimings.Steady);

        var firstId = await bed.QueueRunAsync(timeLimitSeconds: 15);
        var secondId = await bed.QueueRunAsync(timeLimitSeconds: 15);
        var first = await bed.WaitUntilFinishedAsync(firstId);
        var second = await bed.WaitUntilFinishedAsync(secondId);

        var both = $"{first}{Environment.NewLine}{second}";
        Assert.True(first.Status == RunStatus.Succeeded && second.Status == RunStatus.Succeeded, $"both runs must succeed{Environment.NewLine}{both}");
        Assert.True(first.Attempts == 1 && second.Attempts == 1, $"each run must have run once{Environment.NewLine}{both}");
        Assert.Equal(workers.Select(w => w.InstanceId).Order(StringComparer.Ordinal), new[] { first.Worker!, second.Worker! }.Order(StringComparer.Ordinal));
        Assert.True(first.StartedAt < second.FinishedAt && second.StartedAt < first.FinishedAt,
            $"the runs' [started, finished] intervals must overlap{Environment.NewLine}{both}");
    }
}
