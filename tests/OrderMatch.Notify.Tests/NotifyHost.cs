using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OrderMatch.Data.Import;
using OrderMatch.Data.Notifications;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;
using OrderMatch.Jobs.Notify;
using OrderMatch.TestSupport;
using OrderMatch.Web.Hosting;

namespace OrderMatch.Notify.Tests;

/// <summary>
/// The real web host (role web: the Notify job is driven by the test) on a loopback port, against a fresh database
/// with the tiny scenario imported, sending to the maildev on 127.0.0.1:1025 with short retry delays.
/// </summary>
internal sealed class NotifyHost : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private NotifyHost(TestDatabase database, WebApplication app)
    {
        _database = database;
        App = app;
        BaseAddress = new Uri(app.Urls.First());
        DataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public NpgsqlDataSource DataSource { get; }

    public Plan TinyPlan { get; } = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;

    public OutboxDispatcher Dispatcher => App.Services.GetRequiredService<OutboxDispatcher>();

    public OutboxStore Outbox => App.Services.GetRequiredService<OutboxStore>();

    public static async Task<NotifyHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync("notify");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:OrderMatch"] = database.ConnectionString,
            ["Urls"] = "http://127.0.0.1:0",
            [HostSettings.RoleKey] = "web",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Notifications:RetryBaseDelay"] = "00:00:00.200",
            ["Notifications:RetryMaxDelay"] = "00:00:01",
            ["Notifications:SendRetries"] = "1",
            ["Notifications:SendRetryDelay"] = "00:00:00.050",
            ["Notifications:Smtp:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? [])
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddOrderMatchServices();
        var app = builder.Build();
        app.UseOrderMatch();
        await app.StartAsync();
        var host = new NotifyHost(database, app);
        await ScenarioImporter.ImportAsync(host.DataSource, ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!, "test");
        return host;
    }

    /// <summary>Stores a plan as proposed.</summary>
    public async Task<long> ProposeAsync(Plan plan)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var id = await PlanWriter.WriteAsync(connection, transaction, plan, runId: null, PlanStatus.Proposed);
        await transaction.CommitAsync();
        return id;
    }

    /// <summary>Approves a plan as the approval does: status changes, then every registered participant, one transaction.</summary>
    public async Task ApproveAsync(long planId, string actor = "coord")
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var replaced = await PlanInForce.FindIdAsync(connection, transaction);
        await connection.ExecuteAsync("update plans set status = 'superseded', decided_at = now() where status = 'approved'", transaction: transaction);
        await connection.ExecuteAsync("update plans set status = 'approved', decided_at = now(), decided_by = @actor where id = @planId",
            new { planId, actor }, transaction);
        await connection.ExecuteAsync("""
            update orders set status = 'approved' where id in (select order_id from plan_enrollments where plan_id = @planId)
            """, new { planId }, transaction);
        foreach (var participant in App.Services.GetServices<IApprovalParticipant>())
        {
            await participant.OnApprovedAsync(connection, transaction, new PlanApproval(planId, replaced, actor, null), CancellationToken.None);
        }

        await transaction.CommitAsync();
    }

    /// <summary>Delivery rounds until nothing is pending or sending, or the time is up.</summary>
    public async Task DrainAsync(TimeSpan within)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (stopwatch.Elapsed < within)
        {
            await Dispatcher.DispatchAsync();
            if (await ScalarAsync<long>("select count(*) from outbox_messages where status in ('pending', 'sending')") == 0)
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    public async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql, args) ?? throw new InvalidOperationException($"no value: {sql}");
    }

    public async Task<IReadOnlyList<string>> MessageIdsAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>("select message_id from outbox_messages order by id")];
    }

    public async Task<string> TokenAsync(string login, UserRole role, string? email = null)
    {
        await new UserStore(DataSource).CreateAsync(new NewUser(login, role, Email: email), null, "test");
        return (await new ApiTokenStore(DataSource).IssueAsync(login, "tests", "test")).Token;
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await _database.DisposeAsync();
    }
}
