using Microsoft.Extensions.DependencyInjection;
using Quartz;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>
/// One member of a test cluster, as a process would have it: its own container with
/// <see cref="SchedulingServiceCollectionExtensions.AddOrderMatchScheduler"/> and the shared
/// <see cref="JobRecorder"/>, its scheduler resolved from <see cref="ISchedulerFactory"/>, started or not.
/// </summary>
public sealed class ClusterNode : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private ClusterNode(ServiceProvider provider, IScheduler scheduler)
    {
        this.provider = provider;
        Scheduler = scheduler;
    }

    public IScheduler Scheduler { get; }

    public WorkerIdentity Identity => WorkerIdentity.Of(Scheduler);

    public static async Task<ClusterNode> CreateAsync(SchedulerSettings settings, JobRecorder recorder, bool start)
    {
        var services = new ServiceCollection();
        services.AddSingleton(recorder);
        services.AddOrderMatchScheduler(settings);
        var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        if (start)
        {
            await scheduler.Start();
        }

        return new ClusterNode(provider, scheduler);
    }

    public async ValueTask DisposeAsync()
    {
        await Scheduler.Shutdown(waitForJobsToComplete: false);
        await provider.DisposeAsync();
    }
}
