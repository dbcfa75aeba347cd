using System.Globalization;
using System.Text.RegularExpressions;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>One `ordermatch worker` process of the cluster, known by the Quartz instance id its "ready" line printed.</summary>
internal sealed partial class WorkerProcess(BackgroundCli process, string instanceId)
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public BackgroundCli Process { get; } = process;

    /// <summary>The Quartz instance id, as the worker column of planning_runs records it.</summary>
    public string InstanceId { get; } = instanceId;

    /// <summary>Waits for the "worker ID ready (pid N)" line; the pid it names must be the process the test holds.</summary>
    public static async Task<WorkerProcess> ReadyAsync(BackgroundCli process)
    {
        var ready = await process.WaitForLineAsync(ReadyLine(), StartTimeout);
        var pid = int.Parse(ready.Groups["pid"].Value, CultureInfo.InvariantCulture);
        Assert.True(pid == process.Id, $"the worker says it is pid {pid} but the test started pid {process.Id}{Environment.NewLine}{process.Output}");
        return new WorkerProcess(process, ready.Groups["id"].Value);
    }

    public override string ToString() => $"worker {InstanceId}{Environment.NewLine}{Process.Output}";

    [GeneratedRegex(@"^worker (?<id>\S+) ready \(pid (?<pid>\d+)\)")]
    private static partial Regex ReadyLine();
}
