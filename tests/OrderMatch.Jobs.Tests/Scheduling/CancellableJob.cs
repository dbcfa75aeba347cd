using Quartz;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>
/// Runs until cancelled and lets the cancellation escape, as a planning run honouring its token does; a
/// recovering run reports and completes.
/// </summary>
public sealed class CancellableJob(JobRecorder recorder) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.Recovering)
        {
            recorder.Record(context, "recovered");
            return;
        }

        recorder.Record(context, "started");
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
    }
}
