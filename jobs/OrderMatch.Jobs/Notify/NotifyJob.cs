using Quartz;

namespace OrderMatch.Jobs.Notify;

/// <summary>The recurring Notify job: delivers due outbox messages, round after round while a round fills its batch.</summary>
[DisallowConcurrentExecution]
public sealed class NotifyJob(OutboxDispatcher dispatcher, NotifySettings settings) : IJob
{
    public static readonly JobKey Key = new("notify", "recurring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        DispatchResult round;
        do
        {
            round = await dispatcher.DispatchAsync(cancellationToken).ConfigureAwait(false);
        }
        while (round.Claimed >= settings.BatchSize && !cancellationToken.IsCancellationRequested);
    }
}
