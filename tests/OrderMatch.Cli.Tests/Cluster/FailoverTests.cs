using System.Diagnostics;
using OrderMatch.Data.Runs;
using Xunit.Abstractions;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>The worker running a plan is SIGKILLed; the other worker of the cluster runs it again from the start.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FailoverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Run_of_a_SIGKILLed_worker_succeeds_on_the_survivor_with_one_plan_that_checks_clean()
    {
        await using var bed = await ClusterBed.CreateAsync("failover");
        await bed.ImportTierSAsync(seed: 3);
        var workers = await bed.StartWorkersAsync(2, WorkerTimings.FastFailover);
        var runId = await bed.QueueRunAsync(timeLimitSeconds: 30);
        var running = await bed.WaitForRunAsync(runId,
            r => r is { Status: RunStatus.Running, Worker: not null, Progress.ElapsedSeconds: > 2 }, ClusterBed.RunTimeout, "running for more than 2 s");
        Assert.Equal(1, running.Attempts);
        var victim = Assert.Single(workers, w => w.InstanceId == running.Worker);
        var survivor = Assert.Single(workers, w => w != victim);

        var sinceKill = Stopwatch.StartNew();
        await victim.Process.KillAsync();

        var takenOver = await bed.WaitForRunAsync(runId, r => r.Attempts == 2 || r.IsFinished, ClusterBed.RunTimeout, "started again");
        output.WriteLine($"run {runId}: {victim.InstanceId} killed at {running.Progress!.ElapsedSeconds:0.0} s into the run; {takenOver.Worker} took it over {sinceKill.Elapsed.TotalSeconds:0.0} s later");
        var finished = await bed.WaitUntilFinishedAsync(runId);
        var description = $"{finished}{Environment.NewLine}{bed.ProcessOutputs()}";
        Assert.True(finished.Status == RunStatus.Succeeded, $"the run must succeed{Environment.NewLine}{description}");
        Assert.True(finished.Worker == survivor.InstanceId, $"the run must end on the survivor {survivor.InstanceId}{Environment.NewLine}{description}");
        Assert.True(finished.Attempts == 2, $"the run must have been started twice{Environment.NewLine}{description}");
        Assert.Equal(1L, await bed.PlanCountAsync(runId));
        var check = await bed.ExportAndCheckAsync(finished.PlanId!.Value);
        check.ExitsWith(ExitCodes.Ok);
        check.Prints("plan is valid");
        output.WriteLine(bed.ProcessOutputs());
    }
}
