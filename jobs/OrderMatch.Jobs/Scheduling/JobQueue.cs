using Quartz;

namespace OrderMatch.Jobs.Scheduling;

/// <summary>Puts one-off work in the cluster's queue, for whichever worker is free first.</summary>
public static class JobQueue
{
    /// <summary>
    /// Stores a non-durable <typeparamref name="TJob"/> under <paramref name="key"/> that requests recovery
    /// (a worker dying mid-run hands it to another), with a trigger of the same key that fires now. The
    /// scheduler need not be started. Returns false, storing nothing, when a job with that key already
    /// exists: enqueueing the same key again while it waits or runs is harmless. Once the job has run it is
    /// deleted, and the key can be enqueued anew.
    /// </summary>
    public static async Task<bool> EnqueueAsync<TJob>(
        IScheduler scheduler,
        JobKey key,
        IReadOnlyDictionary<string, string> data,
        CancellationToken cancellationToken = default)
        where TJob : IJob
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(data);

        var jobData = new JobDataMap(data.Count);
        foreach (var (name, value) in data)
        {
            jobData[name] = value;
        }

        var job = JobBuilder.Create<TJob>()
            .WithIdentity(key)
            .StoreDurably(false)
            .RequestRecovery(true)
            .UsingJobData(jobData)
            .Build();

        // A worker busy past the misfire threshold still runs it as soon as it can.
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

        try
        {
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            return false;
        }
    }
}
