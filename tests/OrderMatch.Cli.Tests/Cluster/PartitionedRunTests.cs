using System.Globalization;
using System.Text.RegularExpressions;
using OrderMatch.Data.Partitions;
using OrderMatch.Data.Runs;
using Xunit.Abstractions;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>
/// `run --partitions 2` on a cluster of two worker processes: the partitions are solved side by side, one on each worker,
/// and merged into one plan that checks; a worker SIGKILLed in the middle of its partition has it solved by the other.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class PartitionedRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_run_in_two_partitions_is_solved_by_both_workers_and_its_one_plan_checks_clean()
    {
        await using var bed = await ClusterBed.CreateAsync("partitions");
        await bed.ImportTierSAsync(seed: 3);
        var workers = await bed.StartWorkersAsync(2, WorkerTimings.Steady);

        var run = await bed.CliAsync(ClusterBed.RunTimeout, "run", "--time-limit", "16", "--partitions", "2", "--wait");

        run.ExitsWith(ExitCodes.Ok);
        var succeeded = SucceededLine().Match(run.Output);
        Assert.True(succeeded.Success, $"no \"run N succeeded on WORKER: plan P\" line{Environment.NewLine}{run}");
        var runId = long.Parse(succeeded.Groups["run"].Value, CultureInfo.InvariantCulture);
        var parts = await new RunPartitions(bed.DataSource).ListAsync(runId);
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Equal(PartitionStatus.Done, p.Status));
        Assert.Equal(workers.Select(w => w.InstanceId).Order(StringComparer.Ordinal), parts.Select(p => p.Worker!).Order(StringComparer.Ordinal));
        Assert.Equal(1L, await bed.PlanCountAsync(runId));
        var stored = await bed.Runs.GetAsync(runId);
        output.WriteLine(string.Join(Environment.NewLine, parts.Select(p => $"partition {p.Number}: {string.Join(",", p.Regions)} on {p.Worker}, {p.SolverSeconds} s, objective {p.Objective}")));

        var check = await bed.ExportAndCheckAsync(stored!.PlanId!.Value);

        check.ExitsWith(ExitCodes.Ok);
        check.Prints("plan is valid");
        check.Prints("objective matches: ");
    }

    [Fact]
    public async Task A_partition_of_a_SIGKILLed_worker_is_solved_by_the_survivor_and_the_run_writes_one_plan()
    {
        await using var bed = await ClusterBed.CreateAsync("partkill");
        await bed.ImportTierSAsync(seed: 3);
        var workers = await bed.StartWorkersAsync(2, WorkerTimings.FastFailover);
        var runId = await QueueAsync(bed, timeLimitSeconds: 40);
        var partitions = new RunPartitions(bed.DataSource);
        PartitionWork? victimPart = null;
        await bed.WaitForRunAsync(runId, _ =>
        {
            var parts = partitions.ListAsync(runId).GetAwaiter().GetResult();
            victimPart = parts.FirstOrDefault(p => p is { Status: PartitionStatus.Running, Phase: not (null or "starting") });
            return victimPart is not null;
        }, ClusterBed.RunTimeout, "solving a partition");
        var victim = Assert.Single(workers, w => w.InstanceId == victimPart!.Worker);
        var survivor = Assert.Single(workers, w => w != victim);

        await victim.Process.KillAsync();

        var finished = await bed.WaitUntilFinishedAsync(runId);
        var description = $"{finished}{Environment.NewLine}{bed.ProcessOutputs()}";
        Assert.True(finished.Status == RunStatus.Succeeded, $"the run must succeed{Environment.NewLine}{description}");
        var taken = (await partitions.ListAsync(runId)).Single(p => p.Number == victimPart!.Number);
        Assert.True(taken is { Status: PartitionStatus.Done, Attempts: 2 } && taken.Worker == survivor.InstanceId,
            $"partition {taken.Number} must be done by {survivor.InstanceId} at its second attempt: {taken}{Environment.NewLine}{description}");
        Assert.Equal(1L, await bed.PlanCountAsync(runId));
        var check = await bed.ExportAndCheckAsync(finished.PlanId!.Value);
        check.ExitsWith(ExitCodes.Ok);
        check.Prints("plan is valid");
        output.WriteLine(bed.ProcessOutputs());
    }

    private static async Task<long> QueueAsync(ClusterBed bed, double timeLimitSeconds)
    {
        var run = await bed.CliAsync("run", "--time-limit", timeLimitSeconds.ToString(CultureInfo.InvariantCulture), "--partitions", "2");
        run.ExitsWith(ExitCodes.Ok);
        return ClusterBed.QueuedRunId(run.Output);
    }

    [GeneratedRegex(@"run (?<run>\d+) succeeded on (?<worker>\S+): plan (?<plan>\d+)")]
    private static partial Regex SucceededLine();
}
