using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using Npgsql;
using OrderMatch.Data.Import;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;
using OrderMatch.TestSupport;
using OrderMatch.Web.Hosting;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>
/// The real OrderMatch host (role both: pages, API and a worker that executes runs) on a free loopback port, against a
/// fresh database holding the tiny scenario with tiny.plan.json as the approved plan in force, one user per role
/// (and a coordinator of region R02 only), and headless Debian chromium driven by Playwright. Shared by the browser
/// tests of a collection, run one by one.
/// </summary>
public class UiHost : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public const string ChromiumPath = "/usr/bin/chromium";

    private TestDatabase? _database;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Plan TinyPlan { get; } = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;

    /// <summary>Whether tiny.plan.json is imported as the approved plan in force.</summary>
    protected virtual bool WithPlanInForce => true;

    /// <summary>Settings a derived host adds to the test configuration.</summary>
    protected virtual Dictionary<string, string?> Settings => [];

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
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.AddOrderMatchServices();
        _app = builder.Build();
        _app.UseOrderMatch();
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        DataSource = _app.Services.GetRequiredService<NpgsqlDataSource>();

        var tiny = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        await ScenarioImporter.ImportAsync(DataSource, WithPlanInForce ? tiny with { PreviousPlan = new PreviousPlan { Classes = TinyPlan.Classes } } : tiny,
            "test");
        await AddUserAsync(new NewUser("ent", UserRole.Enterprise, EnterpriseId: "E001"));
        await AddUserAsync(new NewUser("coord", UserRole.Coordinator));
        await AddUserAsync(new NewUser("inst", UserRole.Institution, InstitutionId: "I001"));
        await AddUserAsync(new NewUser("admin", UserRole.Admin));
        await AddUserAsync(new NewUser("unlucky", UserRole.Enterprise, EnterpriseId: "E002"));
        await AddUserAsync(new NewUser("coord-r02", UserRole.Coordinator, Regions: ["R02"]));

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
        // Generous: a planning run of another test class may hold both cores while a page signs in or loads.
        context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login page and waits for the role's start page.</summary>
    public async Task<IPage> SignedInPageAsync(string login, string locale = "zh-CN")
    {
        var page = await NewPageAsync(locale);
        for (var attempt = 1; ; attempt++)
        {
            await SignInAsync(page, login, Password);
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/Login", StringComparison.Ordinal),
                    new PageWaitForURLOptions { Timeout = 20_000 });
                return page;
            }
            catch (TimeoutException) when (attempt < 2)
            {
                // Seen rarely on a loaded machine: the login page stays put. Record what it says, then try once more.
                Console.Error.WriteLine($"sign-in of {login} stayed on the login page: {await page.InnerTextAsync("main")}");
            }
        }
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

    /// <summary>Stores <paramref name="plan"/> as a plan of the given status, as a run would write it.</summary>
    public async Task<long> AddPlanAsync(Plan plan, PlanStatus status = PlanStatus.Proposed)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var id = await PlanWriter.WriteAsync(connection, transaction, plan, runId: null, status);
        await transaction.CommitAsync();
        return id;
    }

    /// <summary>Polls <paramref name="sql"/> until it counts at least <paramref name="atLeast"/> or the time is up; returns the last count.</summary>
    public async Task<long> WaitForCountAsync(string sql, long atLeast, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var count = await CountAsync(sql);
            if (count >= atLeast || DateTime.UtcNow > deadline)
            {
                return count;
            }

            await Task.Delay(250);
        }
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
