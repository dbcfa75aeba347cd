using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using OrderMatch.Data.Runs;
using Xunit.Abstractions;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>`runs cancel` stops a running run on its worker: it ends cancelled, writes no plan, and `run --wait` exits 1.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class CancelTests(ITestOutputHelper output)
{
    // The worker sees the request at its next progress tick (1 s) and marks the run cancelled then, before its solver has
    // finished the CBC call it is in; the margin is for a loaded machine.
    private static readonly TimeSpan CancelledWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Cancelling_a_running_run_ends_it_cancelled_without_a_plan()
    {
        await using var bed = await ClusterBed.CreateAsync("cancel");
        await bed.ImportTierSAsync(seed: 3);
        await bed.StartWorkersAsync(1, WorkerTimings.Steady);
        var follower = bed.StartCli("run", "--time-limit", "60", "--wait");
        var runId = ClusterBed.QueuedRunId((await follower.WaitForLineAsync(QueuedLine(), ClusterBed.RunTimeout)).Value);
        await bed.WaitForRunAsync(runId, r => r is { Status: RunStatus.Running, Progress.ElapsedSeconds: > 1 }, ClusterBed.RunTimeout, "running");

        var sinceCancel = Stopwatch.StartNew();
        var cancel = await bed.CliAsync("runs", "cancel", runId.ToString(CultureInfo.InvariantCulture));

        cancel.ExitsWith(ExitCodes.Ok);
        cancel.Prints($"run {runId}: cancel requested");
        var cancelled = await bed.WaitForRunAsync(runId, r => r.IsFinished, CancelledWithin, "finished");
        output.WriteLine($"run {runId} ended {cancelled.Status} {sinceCancel.Elapsed.TotalSeconds:0.0} s after `runs cancel` started");
        Assert.True(cancelled.Status == RunStatus.Cancelled, $"the run must end cancelled{Environment.NewLine}{cancelled}");
        Assert.Null(cancelled.PlanId);
        Assert.Equal(0L, await bed.PlanCountAsync(runId));
        Assert.Equal(ExitCodes.Invalid, await follower.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains($"run {runId} cancelled", follower.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"run \d+ queued")]
    private static partial Regex QueuedLine();
}
