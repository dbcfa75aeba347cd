using Quartz;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>
/// A long job that finishes only once a second RendezvousJob has started too, so two of them finish only when
/// they run at the same time; run one after the other, the first times out and fails.
/// </summary>
public sealed class RendezvousJob(JobRecorder recorder) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        recorder.Record(context, "started");
        await recorder.WaitForAsync(run => run.Step == "started" && run.Job.StartsWith("rendezvous", StringComparison.Ordinal), 2, TestCluster.Timeout);
        recorder.Record(context, "finished");
    }
}
