using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderMatch.Web.Hosting;
using Quartz;

namespace OrderMatch.Web.Tests;

public sealed class WebRoleTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task A_web_host_migrates_the_schema_but_never_starts_the_scheduler()
    {
        var scheduler = await host.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.Equal(SchedulerStatus.Created, await scheduler.GetStatus());
        Assert.Equal(0, await host.CountAsync("select count(*) from quartz.qrtz_scheduler_state"));
        Assert.Equal(1, await host.CountAsync("select count(*) from schema_migrations where name = 'users'"));
    }
}

public sealed class WorkerRoleHost : RunningHost
{
    protected override HostRole Role => HostRole.Worker;
}

public sealed class WorkerRoleTests(WorkerRoleHost host) : IClassFixture<WorkerRoleHost>
{
    [Fact]
    public async Task A_worker_host_runs_the_clustered_scheduler_and_serves_only_health()
    {
        var scheduler = await host.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        using var client = host.Browser();
        await host.AddUserAsync(new Data.Users.NewUser("root", Data.Users.UserRole.Admin));
        using var program = host.Program(await host.TokenAsync("root"));

        var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative))).RootElement;
        using var orders = await program.GetAsync(new Uri("/api/orders", UriKind.Relative));

        Assert.Equal(SchedulerStatus.Running, await scheduler.GetStatus());
        Assert.Equal("worker", health.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.NotFound, orders.StatusCode);
    }
}
