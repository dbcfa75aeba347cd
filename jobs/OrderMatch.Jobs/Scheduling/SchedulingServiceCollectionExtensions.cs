using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace OrderMatch.Jobs.Scheduling;

/// <summary>Registers OrderMatch's Quartz scheduler: clustered ADO.NET job store on PostgreSQL.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the scheduler behind <see cref="ISchedulerFactory"/>: persistent store on PostgreSQL (Npgsql,
    /// local transactions, tables under <see cref="SchedulerSettings.TablePrefix"/>), clustered, System.Text.Json
    /// serializer with job data kept as a JSON object of strings, jobs built from the service provider. Nothing starts
    /// it: a process that only enqueues resolves the scheduler and schedules; a worker also adds Quartz's
    /// hosted service (<c>AddQuartzHostedService</c>) or calls <c>Start</c>. On shutdown, running jobs are
    /// asked to stop, and a job that requested recovery and stops by throwing on its cancellation token is
    /// handed back to the cluster instead of being lost.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="settings">Validated here; invalid settings throw <see cref="SchedulerSettingsException"/>.</param>
    /// <param name="configureJobs">Registers jobs, listeners or job types on the same Quartz builder.</param>
    public static IServiceCollection AddOrderMatchScheduler(
        this IServiceCollection services,
        SchedulerSettings settings,
        Action<IQuartzBuilder>? configureJobs = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();

        services.AddSingleton(settings);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = settings.InstanceName;
                scheduler.IdleWaitTime = settings.IdleWaitTime;
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.Always;
                if (settings.InstanceId is { } id)
                {
                    scheduler.InstanceId = id;
                }
            });

            // Null means "generate": one id per process, so several workers on one host stay distinct.
            if (settings.InstanceId is null)
            {
                quartz.UseInstanceIdGenerator<ProcessInstanceIdGenerator>();
            }

            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = settings.MaxConcurrency);
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(settings.ConnectionString);
                store.ConfigureStore(options =>
                {
                    options.TablePrefix = settings.TablePrefix;
                    options.MisfireThreshold = settings.MisfireThreshold;
                    options.StoreJobDataAsStrings = true;
                    options.RecoverFiringsCancelledByShutdown = true;
                });
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = settings.ClusterCheckinInterval;
                    cluster.CheckinMisfireThreshold = settings.ClusterCheckinMisfireThreshold;
                });
                store.UseSystemTextJsonSerializer();
            });

            configureJobs?.Invoke(quartz);
        });

        return services;
    }
}
