using System.Collections.Concurrent;
using Quartz;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>
/// Where the test jobs report, injected into them by the job factory; tests wait on it with a timeout.
/// One recorder is shared by every node of a test's cluster. It also holds the gate a job can be parked on.
/// </summary>
public sealed class JobRecorder
{
    private readonly ConcurrentQueue<JobRun> runs = new();
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim changed = new(0);

    public IReadOnlyList<JobRun> Runs => [.. runs];

    /// <summary>Completes once <see cref="OpenGate"/> is called; parked jobs wait on it.</summary>
    public Task Gate => gate.Task;

    public JobRun Record(IJobExecutionContext context, string step)
    {
        var data = context.MergedJobDataMap.ToDictionary(entry => entry.Key, entry => entry.Value?.ToString() ?? string.Empty);
        var run = new JobRun(context.JobDetail.Key.Name, step, WorkerIdentity.Of(context), context.Recovering, data, DateTimeOffset.UtcNow);
        runs.Enqueue(run);
        changed.Release();
        return run;
    }

    public void OpenGate() => gate.TrySetResult();

    /// <summary>Waits until <paramref name="count"/> reports match; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<JobRun>> WaitForAsync(Func<JobRun, bool> match, int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var found = runs.Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join("; ", runs.Select(r => $"{r.Job}:{r.Step}@{r.Worker.InstanceId} recovering={r.Recovering}"));
                throw new TimeoutException($"Waited {timeout} for {count} matching job reports; saw {found.Count}. All reports: [{seen}]");
            }
        }
    }

    public async Task<JobRun> WaitForAsync(Func<JobRun, bool> match, TimeSpan timeout) =>
        (await WaitForAsync(match, 1, timeout))[0];
}
