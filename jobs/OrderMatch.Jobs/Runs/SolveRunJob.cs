using System.Globalization;
using OrderMatch.Jobs.Scheduling;
using Quartz;

namespace OrderMatch.Jobs.Runs;

/// <summary>Runs one planning run on whichever worker the cluster gives it to. Thin: everything is in <see cref="PlanningRunService"/>.</summary>
public sealed class SolveRunJob(PlanningRunService service) : IJob
{
    public const string RunIdKey = "runId";

    public static JobKey KeyFor(long runId) => new(runId.ToString(CultureInfo.InvariantCulture), "planning-runs");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runId = long.Parse(context.MergedJobDataMap.GetString(RunIdKey)!, CultureInfo.InvariantCulture);
        context.Result = await service.ExecuteAsync(runId, WorkerIdentity.Of(context).InstanceId, cancellationToken).ConfigureAwait(false);
    }
}
