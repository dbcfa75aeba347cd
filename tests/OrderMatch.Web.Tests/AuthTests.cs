using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderMatch.Data.Users;

namespace OrderMatch.Web.Tests;

public sealed class AuthTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task Login_with_the_right_password_sets_the_cookie_and_me_tells_who_it_is()
    {
        await host.AddUserAsync(new NewUser("alice", UserRole.Enterprise, EnterpriseId: "E001"));
        using var browser = host.Browser();

        using var anonymous = await browser.GetAsync("/api/me");
        using var login = await browser.PostAsJsonAsync("/api/auth/login", new { login = "alice", password = RunningHost.Password });
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/me");

        await Problem.AssertAsync(anonymous, HttpStatusCode.Unauthorized, "authentication");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ordermatch.auth=", StringComparison.Ordinal)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("alice", me.GetProperty("login").GetString());
        Assert.Equal("enterprise", me.GetProperty("role").GetString());
        Assert.Equal("E001", me.GetProperty("enterprise").GetString());
        Assert.Equal("cookie", me.GetProperty("authentication").GetString());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_login_are_the_same_401()
    {
        await host.AddUserAsync(new NewUser("bob", UserRole.Admin));
        using var browser = host.Browser();

        using var wrong = await browser.PostAsJsonAsync("/api/auth/login", new { login = "bob", password = "nope" });
        using var unknown = await browser.PostAsJsonAsync("/api/auth/login", new { login = "nobody", password = "nope" });
        using var me = await browser.GetAsync("/api/me");

        await Problem.AssertAsync(wrong, HttpStatusCode.Unauthorized, "credentials");
        await Problem.AssertAsync(unknown, HttpStatusCode.Unauthorized, "credentials");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(1, await host.CountAsync("select failed_logins from users where login = 'bob'"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await host.AddUserAsync(new NewUser("carol", UserRole.Admin));
        using var browser = host.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var attempt = await browser.PostAsJsonAsync("/api/auth/login", new { login = "carol", password = $"wrong{i}" });
            statuses.Add(attempt.StatusCode);
        }

        using var right = await browser.PostAsJsonAsync("/api/auth/login", new { login = "carol", password = RunningHost.Password });

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.Locked], statuses);
        await Problem.AssertAsync(right, HttpStatusCode.Locked, "lockout");
        Assert.Equal(1, await host.CountAsync("select count(*) from users where login = 'carol' and locked_until > now() + interval '14 minutes'"));
        Assert.Equal(1, await host.CountAsync("select count(*) from audit_log where action = 'user.locked'"));
    }

    [Fact]
    public async Task Four_wrong_passwords_then_the_right_one_sign_in_and_start_the_count_again()
    {
        await host.AddUserAsync(new NewUser("dave", UserRole.Admin));
        using var browser = host.Browser();
        for (var i = 0; i < 4; i++)
        {
            using var attempt = await browser.PostAsJsonAsync("/api/auth/login", new { login = "dave", password = "wrong" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var right = await browser.PostAsJsonAsync("/api/auth/login", new { login = "dave", password = RunningHost.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(0, await host.CountAsync("select failed_logins from users where login = 'dave'"));
    }

    [Fact]
    public async Task A_bearer_token_authenticates_and_an_unknown_or_revoked_one_does_not()
    {
        await host.AddUserAsync(new NewUser("erin", UserRole.Coordinator, Regions: ["R01", "R02"]), password: null);
        var issued = await new ApiTokenStore(host.DataSource).IssueAsync("erin", "ci", "test");
        using var program = host.Program(issued.Token);
        using var stranger = host.Program(issued.Token + "x");

        var me = await program.GetFromJsonAsync<JsonElement>("/api/me");
        using var unknown = await stranger.GetAsync("/api/me");
        await new ApiTokenStore(host.DataSource).RevokeAsync(issued.Id, "test");
        using var revoked = await program.GetAsync("/api/me");

        Assert.Equal("erin", me.GetProperty("login").GetString());
        Assert.Equal("token", me.GetProperty("authentication").GetString());
        Assert.Equal(["R01", "R02"], me.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        await Problem.AssertAsync(unknown, HttpStatusCode.Unauthorized, "authentication");
        Assert.Equal("Bearer", unknown.Headers.WwwAuthenticate.Single().Scheme);
        await Problem.AssertAsync(revoked, HttpStatusCode.Unauthorized, "authentication");
        Assert.Equal(0, await host.CountAsync($"select count(*) from api_tokens where token_hash = '{issued.Token}'"));
        Assert.Equal(1, await host.CountAsync($"select count(*) from api_tokens where token_hash = '{ApiTokens.Hash(issued.Token)}'"));
    }

    [Fact]
    public async Task A_user_without_a_password_cannot_sign_in_with_one()
    {
        await host.AddUserAsync(new NewUser("frank", UserRole.Admin), password: null);
        using var browser = host.Browser();

        using var login = await browser.PostAsJsonAsync("/api/auth/login", new { login = "frank", password = "" });
        using var guess = await browser.PostAsJsonAsync("/api/auth/login", new { login = "frank", password = RunningHost.Password });

        var rules = await Problem.RulesAsync(login);
        Assert.Equal(["required"], rules["password"]);
        await Problem.AssertAsync(guess, HttpStatusCode.Unauthorized, "credentials");
    }

    [Fact]
    public async Task Logout_needs_the_antiforgery_token_and_ends_the_session()
    {
        await host.AddUserAsync(new NewUser("gina", UserRole.Admin));
        using var browser = host.Browser();
        using (var login = await browser.PostAsJsonAsync("/api/auth/login", new { login = "gina", password = RunningHost.Password }))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        using var forged = await browser.PostAsync("/api/auth/logout", null);
        using var stillIn = await browser.GetAsync("/api/me");
        var csrf = await browser.GetFromJsonAsync<RunningHost.CsrfToken>("/api/auth/csrf");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        request.Headers.Add(csrf!.HeaderName, csrf.Token);
        using var logout = await browser.SendAsync(request);
        using var after = await browser.GetAsync("/api/me");

        await Problem.AssertAsync(forged, HttpStatusCode.Forbidden, "antiforgery");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal("X-CSRF-TOKEN", csrf.HeaderName);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
