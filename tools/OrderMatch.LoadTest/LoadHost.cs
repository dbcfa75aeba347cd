using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OrderMatch.Data.Users;
using OrderMatch.Web.Hosting;

namespace OrderMatch.LoadTest;

/// <summary>
/// The OrderMatch host in this process on a free loopback port, over a fresh database created on the server of
/// ORDERMATCH_LOAD_PG (default: the local one scripts/postgres.sh starts) and dropped on dispose.
/// </summary>
public sealed class LoadHost : IAsyncDisposable
{
    private const string DefaultAdmin = "Host=127.0.0.1;Port=5432;Username=ordermatch;Password=ordermatch;Database=postgres";

    private readonly string _admin;
    private readonly string _database;

    private LoadHost(WebApplication app, string admin, string database)
    {
        App = app;
        _admin = admin;
        _database = database;
        DataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        BaseAddress = new Uri(app.Urls.First());
    }

    public WebApplication App { get; }

    public NpgsqlDataSource DataSource { get; }

    public Uri BaseAddress { get; }

    public static async Task<LoadHost> StartAsync(string role)
    {
        var admin = Environment.GetEnvironmentVariable("ORDERMATCH_LOAD_PG") is { Length: > 0 } value ? value : DefaultAdmin;
        var database = $"om_load_{Guid.NewGuid():N}"[..24];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:OrderMatch"] = new NpgsqlConnectionStringBuilder(admin) { Database = database, MaxPoolSize = 100 }.ConnectionString,
            ["Urls"] = "http://127.0.0.1:0",
            [HostSettings.RoleKey] = role,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Notifications:Cron"] = "0 0 0 1 1 ? 2099",
        });
        builder.AddOrderMatchServices();
        var app = builder.Build();
        app.UseOrderMatch();
        await app.StartAsync();
        return new LoadHost(app, admin, database);
    }

    public async Task<string> AddUserAsync(NewUser user)
    {
        await new UserStore(DataSource).CreateAsync(user, passwordHash: null, "load");
        return (await new ApiTokenStore(DataSource).IssueAsync(user.Login, "load", "load")).Token;
    }

    public HttpClient Client(string token, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestVersion = HttpVersion.Version11,
        };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{_database}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
