using Quartz;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>A recurring job as the cron tests need one: never overlapping itself.</summary>
[DisallowConcurrentExecution]
public sealed class NightlyJob(JobRecorder recorder) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        recorder.Record(context, "ran");
        return ValueTask.CompletedTask;
    }
}
