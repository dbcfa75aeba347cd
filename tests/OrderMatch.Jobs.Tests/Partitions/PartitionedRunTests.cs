using Dapper;
using OrderMatch.Data.Partitions;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Checking;
using OrderMatch.Jobs.Partitions;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Tests.Scheduling;

namespace OrderMatch.Jobs.Tests.Partitions;

/// <summary>A run asking for partitions, step by step: split and queue, each partition solved, the merge writing one plan.</summary>
public sealed class PartitionedRunTests
{
    [Fact]
    public async Task A_run_is_split_its_partitions_solved_as_jobs_and_merged_into_one_plan_that_checks()
    {
        await using var bed = await PartitionedRunBed.CreateAsync();
        var runId = await bed.CreateRunAsync(timeLimitSeconds: 12);

        Assert.Equal(RunOutcome.Dispatched, await bed.Dispatcher.ExecuteAsync(runId, "worker-a", CancellationToken.None));

        var queued = await bed.Partitions.ListAsync(runId);
        Assert.Equal([0, 1], queued.Select(p => p.Number));
        Assert.All(queued, p => Assert.Equal(PartitionStatus.Queued, p.Status));
        Assert.True(await bed.IsQueuedAsync(PartitionQueue.PartitionKeyFor(runId, 0)));
        Assert.True(await bed.IsQueuedAsync(PartitionQueue.PartitionKeyFor(runId, 1)));
        var split = await bed.Db.Runs.GetAsync(runId);
        Assert.Equal((RunStatus.Running, "partitions", 0, 2), (split!.Status, split.Progress!.Phase, split.Progress.SlicesDone, split.Progress.SlicesTotal));
        Assert.Equal(12 * 0.75, queued.Sum(p => p.TimeLimitSeconds), 6);

        Assert.Equal(RunOutcome.Succeeded, await bed.Solver.ExecuteAsync(runId, 0, "worker-a", CancellationToken.None));
        Assert.False(await bed.IsQueuedAsync(PartitionQueue.MergeKeyFor(runId)));
        Assert.Equal(RunOutcome.Skipped, await bed.Merger.ExecuteAsync(runId, "worker-a", CancellationToken.None));
        Assert.Equal(1, (await bed.Db.Runs.GetAsync(runId))!.Progress!.SlicesDone);
        Assert.Equal(RunOutcome.Succeeded, await bed.Solver.ExecuteAsync(runId, 1, "worker-b", CancellationToken.None));
        Assert.True(await bed.IsQueuedAsync(PartitionQueue.MergeKeyFor(runId)));
        Assert.Equal(RunOutcome.Succeeded, await bed.Merger.ExecuteAsync(runId, "worker-b", CancellationToken.None));

        var run = await bed.Db.Runs.GetAsync(runId);
        Assert.Equal(RunStatus.Succeeded, run!.Status);
        var parts = await bed.Partitions.ListAsync(runId);
        Assert.Equal(["worker-a", "worker-b"], parts.Select(p => p.Worker));
        Assert.All(parts, p => Assert.Equal(PartitionStatus.Done, p.Status));
        await using var connection = await bed.Db.DataSource.OpenConnectionAsync();
        var stored = await PlanReader.ReadAsync(connection, null, run.PlanId!.Value);
        var report = PlanChecker.Check(await SnapshotReader.ReadAsync(bed.Db.DataSource), stored!.Plan);
        Assert.True(report.Passes, string.Join("; ", report.Violations.Select(v => v.Message).Concat(report.ObjectiveMismatches)));
        Assert.NotEmpty(stored.Plan.Classes);

        // The merge queued again (its worker died after writing) finds the run finished and writes nothing.
        Assert.Equal(RunOutcome.Skipped, await bed.Merger.ExecuteAsync(runId, "worker-c", CancellationToken.None));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("select count(*) from plans where run_id = @runId", new { runId }));
    }

    [Fact]
    public async Task Cancelling_a_partitioned_run_stops_its_partitions_and_writes_no_plan()
    {
        await using var bed = await PartitionedRunBed.CreateAsync(seed: 2);
        var runId = await bed.CreateRunAsync(timeLimitSeconds: 240);
        Assert.Equal(RunOutcome.Dispatched, await bed.Dispatcher.ExecuteAsync(runId, "worker-a", CancellationToken.None));

        var solving = bed.Solver.ExecuteAsync(runId, 0, "worker-a", CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await bed.Partitions.ListAsync(runId))[0].Phase is not (null or "starting"),
            TimeSpan.FromSeconds(60), "partition 0 reports progress");
        await bed.Db.Runs.RequestCancelAsync(runId, "coordinator");

        var stopped = await Task.WhenAny(solving, Task.Delay(TimeSpan.FromSeconds(90)));
        Assert.Same(solving, stopped);
        Assert.Equal(RunOutcome.Cancelled, await solving);
        var run = await bed.Db.Runs.GetAsync(runId);
        Assert.Equal(RunStatus.Cancelled, run!.Status);
        Assert.Null(run.PlanId);
        Assert.All(await bed.Partitions.ListAsync(runId), p => Assert.Equal(PartitionStatus.Cancelled, p.Status));
        Assert.Equal(RunOutcome.Skipped, await bed.Solver.ExecuteAsync(runId, 1, "worker-b", CancellationToken.None));
        Assert.Equal(RunOutcome.Skipped, await bed.Merger.ExecuteAsync(runId, "worker-b", CancellationToken.None));
    }

    [Fact]
    public async Task A_partition_taken_over_by_another_worker_fences_out_the_first_one()
    {
        await using var bed = await PartitionedRunBed.CreateAsync();
        var runId = await bed.CreateRunAsync(timeLimitSeconds: 10);
        Assert.Equal(RunOutcome.Dispatched, await bed.Dispatcher.ExecuteAsync(runId, "worker-a", CancellationToken.None));

        var first = (await bed.Partitions.ClaimAsync(runId, 0, "worker-a")).Lease!;
        var second = (await bed.Partitions.ClaimAsync(runId, 0, "worker-b")).Lease!;
        var plan = new Domain.Model.Plan
        {
            Scenario = first.Scenario.Name, Objective = new Domain.Model.Objective(0, new Domain.Model.ObjectiveComponents()),
        };

        Assert.Equal((1, 2), (first.Attempt, second.Attempt));
        Assert.False(await bed.Partitions.ReportAsync(first, "solving", null));
        Assert.Null(await bed.Partitions.CompleteAsync(first, plan));
        Assert.Equal(1, await bed.Partitions.CompleteAsync(second, plan));
        var part = (await bed.Partitions.ListAsync(runId))[0];
        Assert.Equal((PartitionStatus.Done, "worker-b", 2), (part.Status, part.Worker, part.Attempts));
    }

    [Fact]
    public async Task A_run_split_again_by_a_later_attempt_keeps_its_solved_partitions()
    {
        await using var bed = await PartitionedRunBed.CreateAsync();
        var runId = await bed.CreateRunAsync(timeLimitSeconds: 8);
        Assert.Equal(RunOutcome.Dispatched, await bed.Dispatcher.ExecuteAsync(runId, "worker-a", CancellationToken.None));
        Assert.Equal(RunOutcome.Succeeded, await bed.Solver.ExecuteAsync(runId, 0, "worker-a", CancellationToken.None));

        // The run's job runs again (as after its worker died): a new attempt of the run, the same split.
        Assert.Equal(RunOutcome.Dispatched, await bed.Dispatcher.ExecuteAsync(runId, "worker-b", CancellationToken.None));

        Assert.Equal(2, (await bed.Db.Runs.GetAsync(runId))!.Attempts);
        var parts = await bed.Partitions.ListAsync(runId);
        Assert.Equal([PartitionStatus.Done, PartitionStatus.Queued], parts.Select(p => p.Status));
        Assert.Equal(RunOutcome.Succeeded, await bed.Solver.ExecuteAsync(runId, 1, "worker-b", CancellationToken.None));
        Assert.Equal(RunOutcome.Succeeded, await bed.Merger.ExecuteAsync(runId, "worker-b", CancellationToken.None));
        Assert.Equal(RunStatus.Succeeded, (await bed.Db.Runs.GetAsync(runId))!.Status);
    }

    [Fact]
    public void Partitions_out_of_range_are_refused_naming_the_field()
    {
        Assert.Equal("partitions must be between 1 and 32", new RunOptions { Partitions = 0 }.Problem());
        Assert.Equal("partitions must be between 1 and 32", new RunOptions { Partitions = 33 }.Problem());
        Assert.Null(new RunOptions { Partitions = 32 }.Problem());
    }
}
