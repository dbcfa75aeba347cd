using Quartz;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>
/// On its first run it is parked on the recorder's gate — the worker is about to die under it, and a dead
/// process reports nothing — and ignores cancellation as a killed process would. A recovering run reports
/// and completes.
/// </summary>
public sealed class CrashingJob(JobRecorder recorder) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.Recovering)
        {
            recorder.Record(context, "recovered");
            return;
        }

        recorder.Record(context, "started");
        await recorder.Gate;
    }
}
