using System.Globalization;
using System.Text.RegularExpressions;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>Two worker processes, `run --wait` from a third, and the stored plan exported and checked by a fourth.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class EndToEndRunTests
{
    [Fact]
    public async Task A_run_queued_with_wait_succeeds_on_a_worker_and_its_exported_plan_checks_clean()
    {
        await using var bed = await ClusterBed.CreateAsync("e2e");
        await bed.ImportTierSAsync(seed: 3);
        var workers = await bed.StartWorkersAsync(2, WorkerTimings.Steady);

        var run = await bed.CliAsync(ClusterBed.RunTimeout, "run", "--time-limit", "8", "--wait");

        run.ExitsWith(ExitCodes.Ok);
        var succeeded = SucceededLine().Match(run.Output);
        Assert.True(succeeded.Success, $"no \"run N succeeded on WORKER: plan P\" line{Environment.NewLine}{run}");
        Assert.Contains(succeeded.Groups["worker"].Value, workers.Select(w => w.InstanceId));
        var runId = long.Parse(succeeded.Groups["run"].Value, CultureInfo.InvariantCulture);
        var planId = long.Parse(succeeded.Groups["plan"].Value, CultureInfo.InvariantCulture);
        var stored = await bed.Runs.GetAsync(runId);
        Assert.Equal(planId, stored?.PlanId);
        Assert.Equal(1, stored?.Attempts);

        var check = await bed.ExportAndCheckAsync(planId);

        check.ExitsWith(ExitCodes.Ok);
        check.Prints("objective matches: ");
        check.Prints("plan is valid");
    }

    [GeneratedRegex(@"run (?<run>\d+) succeeded on (?<worker>\S+): plan (?<plan>\d+)")]
    private static partial Regex SucceededLine();
}
