using Quartz;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>Reports that it ran, with its data and worker, to the recorder it gets through its constructor.</summary>
public sealed class RecordingJob(JobRecorder recorder) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        recorder.Record(context, "ran");
        return ValueTask.CompletedTask;
    }
}
