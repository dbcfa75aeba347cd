using Quartz;

namespace OrderMatch.Jobs.Scheduling;

/// <summary>
/// Which cluster member ran something: the cluster's name and the member's instance id, as stored in
/// <c>quartz.qrtz_scheduler_state</c> and <c>quartz.qrtz_fired_triggers</c>.
/// </summary>
public sealed record WorkerIdentity(string ClusterName, string InstanceId)
{
    /// <summary>The member running the job of <paramref name="context"/>.</summary>
    public static WorkerIdentity Of(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(context.Scheduler);
    }

    public static WorkerIdentity Of(IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        return new WorkerIdentity(scheduler.SchedulerName, scheduler.SchedulerInstanceId);
    }

    public override string ToString() => $"{ClusterName}/{InstanceId}";
}
