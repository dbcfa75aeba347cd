using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using Npgsql;
using OrderMatch.Data.Import;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;
using OrderMatch.TestSupport;
using OrderMatch.Web.Hosting;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>
/// The real OrderMatch host (role both: pages, API and a worker that executes runs) on a free loopback port, against a
/// fresh database holding the tiny scenario with tiny.plan.json as the approved plan in force, one user per role,
/// and headless Debian chromium driven by Playwright. Shared by the browser tests (one collection, run one by one).
/// </summary>
public sealed class UiHost : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public const string ChromiumPath = "/usr/bin/chromium";

    private TestDatabase? _database;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("ui");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:OrderMatch"] = _database.ConnectionString,
            ["Urls"] = "http://127.0.0.1:0",
            [HostSettings.RoleKey] = "both",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Scheduler:IdleWaitTime"] = "00:00:01",
            ["Planning:ProgressInterval"] = "00:00:00.500",
            ["Auth:MaxFailedLogins"] = "3",
        });
        builder.AddOrderMatchServices();
        _app = builder.Build();
        _app.UseOrderMatch();
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        DataSource = _app.Services.GetRequiredService<NpgsqlDataSource>();

        var tiny = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        var plan = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;
        await ScenarioImporter.ImportAsync(DataSource, tiny with { PreviousPlan = new PreviousPlan { Classes = plan.Classes } }, "test");
        await AddUserAsync(new NewUser("ent", UserRole.Enterprise, EnterpriseId: "E001"));
        await AddUserAsync(new NewUser("coord", UserRole.Coordinator));
        await AddUserAsync(new NewUser("inst", UserRole.Institution, InstitutionId: "I001"));
        await AddUserAsync(new NewUser("admin", UserRole.Admin));
        await AddUserAsync(new NewUser("unlucky", UserRole.Enterprise, EnterpriseId: "E002"));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>A fresh browser context (its own cookies) with a 1400 px wide window and the given browser language.</summary>
    public async Task<IPage> NewPageAsync(string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login page and waits for the role's start page.</summary>
    public async Task<IPage> SignedInPageAsync(string login, string locale = "zh-CN")
    {
        var page = await NewPageAsync(locale);
        await SignInAsync(page, login, Password);
        await page.WaitForURLAsync(url => !url.Contains("/Login", StringComparison.Ordinal));
        return page;
    }

    public static async Task SignInAsync(IPage page, string login, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Login");
        await page.FillAsync("input[name=login]", login);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("main form button[type=submit]");
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task AddUserAsync(NewUser user) =>
        await new UserStore(DataSource).CreateAsync(user, PasswordHashes.Hash(Password), "test");
}
