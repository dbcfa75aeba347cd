using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OrderMatch.Data.Import;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;
using OrderMatch.TestSupport;
using OrderMatch.Web.Hosting;

namespace OrderMatch.Web.Tests;

/// <summary>
/// The real OrderMatch host on a free loopback port, against a fresh database holding the tiny scenario's reference
/// data and orders. One per test class (xunit class fixture).
/// </summary>
public class RunningHost : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    private TestDatabase? _database;

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    protected virtual HostRole Role => HostRole.Web;

    protected virtual Dictionary<string, string?> Settings => [];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("web");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:OrderMatch"] = _database.ConnectionString,
            ["Urls"] = "http://127.0.0.1:0",
            [HostSettings.RoleKey] = Role.ToString().ToLowerInvariant(),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Scheduler:IdleWaitTime"] = "00:00:01",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddOrderMatchServices();
        App = builder.Build();
        App.UseOrderMatch();
        App.MapGet("/test/throw", string () => throw new InvalidOperationException("secret internal detail")).AllowAnonymous();
        await App.StartAsync();
        BaseAddress = new Uri(App.Urls.First());
        DataSource = App.Services.GetRequiredService<NpgsqlDataSource>();
        var tiny = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        await ScenarioImporter.ImportAsync(DataSource, tiny, "test");
        await SeedAsync();
    }

    /// <summary>What a derived host adds once the tiny scenario is in.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>A client with its own cookie jar (a browser).</summary>
    public HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>A client that sends a bearer token and keeps no cookies (a program).</summary>
    public HttpClient Program(string token)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<long> AddUserAsync(NewUser user, string? password = Password) =>
        await new UserStore(DataSource).CreateAsync(user, password is null ? null : PasswordHashes.Hash(password), "test");

    public async Task<string> TokenAsync(string login) =>
        (await new ApiTokenStore(DataSource).IssueAsync(login, "tests", "test")).Token;

    /// <summary>Signs in with a password and sends the antiforgery token from then on, as the web UI does.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string login)
    {
        var browser = Browser();
        using (var response = await browser.PostAsJsonAsync("/api/auth/login", new { login, password = Password }))
        {
            response.EnsureSuccessStatusCode();
        }

        var csrf = await browser.GetFromJsonAsync<CsrfToken>("/api/auth/csrf");
        browser.DefaultRequestHeaders.Add(csrf!.HeaderName, csrf.Token);
        return browser;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record CsrfToken(string Token, string HeaderName);
}
