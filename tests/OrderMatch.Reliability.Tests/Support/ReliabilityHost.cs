using System.Net;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OrderMatch.Data.Import;
using OrderMatch.Data.Notifications;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;
using OrderMatch.TestSupport;
using OrderMatch.Web.Hosting;

namespace OrderMatch.Reliability.Tests.Support;

/// <summary>
/// The real OrderMatch host on a free loopback port over a fresh database: the tiny scenario, tiny.plan.json as the
/// approved plan in force (orders O001–O003 approved), a proposed re-plan, and one user per role and binding, each with
/// an API token. Every log line the host writes is captured (<see cref="Logs"/>).
/// </summary>
public class ReliabilityHost : IAsyncLifetime
{
    public const string Password = "Tr0ub4dor&3-correct-horse";

    private TestDatabase? _database;

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    public Dictionary<string, string> Tokens { get; } = [];

    public Plan TinyPlan { get; } = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;

    public long InForceId { get; private set; }

    public long ProposedId { get; private set; }

    /// <summary>Logins and their bindings: enterprises of R01 and R02, an institution, coordinators of R01, R02 and all regions, an admin.</summary>
    public static IReadOnlyList<NewUser> Users { get; } =
    [
        new NewUser("ent-a", UserRole.Enterprise, EnterpriseId: "E001"),
        new NewUser("ent-b", UserRole.Enterprise, EnterpriseId: "E002"),
        new NewUser("inst-1", UserRole.Institution, InstitutionId: "I001"),
        new NewUser("coord-r01", UserRole.Coordinator, Regions: ["R01"]),
        new NewUser("coord-r02", UserRole.Coordinator, Regions: ["R02"]),
        new NewUser("coord", UserRole.Coordinator),
        new NewUser("admin", UserRole.Admin),
    ];

    protected virtual Dictionary<string, string?> Settings => [];

    protected virtual async Task<string> CreateDatabaseAsync()
    {
        _database = await TestDatabase.CreateAsync("rel");
        return _database.ConnectionString;
    }

    public async Task InitializeAsync()
    {
        var connectionString = await CreateDatabaseAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:OrderMatch"] = connectionString,
            ["Urls"] = "http://127.0.0.1:0",
            [HostSettings.RoleKey] = "web",
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft"] = "Debug",
            ["Logging:LogLevel:Quartz"] = "Information",
            ["Scheduler:IdleWaitTime"] = "00:00:01",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        builder.AddOrderMatchServices();
        App = builder.Build();
        App.UseOrderMatch();
        await App.StartAsync();
        BaseAddress = new Uri(App.Urls.First());
        DataSource = App.Services.GetRequiredService<NpgsqlDataSource>();
        await SeedAsync();
    }

    protected virtual async Task SeedAsync()
    {
        var tiny = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        await ScenarioImporter.ImportAsync(DataSource, tiny with { PreviousPlan = new PreviousPlan { Classes = TinyPlan.Classes } }, "test");
        await using (var connection = await DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update orders set status = 'approved' where id in ('O001', 'O002', 'O003')");
            InForceId = await connection.ExecuteScalarAsync<long>("select id from plans where status = 'approved'");
            await using var transaction = await connection.BeginTransactionAsync();
            var replanned = TinyPlan with { Classes = [TinyPlan.Classes[0] with { Trainer = "T004" }, TinyPlan.Classes[1], TinyPlan.Classes[2] with { Id = "K004" }] };
            ProposedId = await PlanWriter.WriteAsync(connection, transaction, replanned, runId: null, PlanStatus.Proposed);
            await transaction.CommitAsync();
        }

        // The link signing key is made on first use; make it now, so that a later request finds nothing to write.
        await App.Services.GetRequiredService<LinkSigning>().GetAsync();
        foreach (var user in Users)
        {
            await new UserStore(DataSource).CreateAsync(user, PasswordHashes.Hash(Password), "test");
            Tokens[user.Login] = (await new ApiTokenStore(DataSource).IssueAsync(user.Login, "tests", "test")).Token;
        }
    }

    public virtual async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>A client that sends the login's bearer token (a program), or none for "anonymous".</summary>
    public HttpClient As(string login)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        if (login != Caller.Anonymous)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens[login]);
        }

        return client;
    }

    /// <summary>A client with its own cookie jar (a browser), not signed in.</summary>
    public HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public async Task<long> CountAsync(string sql, object? args = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, args);
    }

    public async Task<IReadOnlyList<T>> DataSourceQueryAsync<T>(string sql, object? args = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql, args)];
    }

    public Task<IReadOnlyDictionary<string, string>> FingerprintAsync() => DatabaseFingerprint.ReadAsync(DataSource);
}
