using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>Every page checks the role on the server: other roles get the access-denied page (403) and no data.</summary>
[Collection(UiCollection.Name)]
public sealed class AccessTests(UiHost host)
{
    [Theory]
    [InlineData("/Runs")]
    [InlineData("/Plans")]
    [InlineData("/Plans/1")]
    [InlineData("/Audit")]
    [InlineData("/Classes")]
    public async Task An_enterprise_cannot_open_coordinator_or_institution_pages(string path)
    {
        var page = await host.SignedInPageAsync("ent");
        var response = await page.GotoAsync(path);

        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        Assert.Contains("/Denied", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("[data-test=denied]")).ToContainTextAsync("企业");
        await Expect(page.Locator("table")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-nav=runs]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_institution_cannot_open_order_pages()
    {
        var page = await host.SignedInPageAsync("inst");
        var response = await page.GotoAsync("/Orders");

        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        await Expect(page.Locator("table")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Without_signing_in_a_page_leads_to_the_login_and_back()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/Plans");
        Assert.Contains("/Login?ReturnUrl=%2FPlans", page.Url, StringComparison.Ordinal);

        await page.FillAsync("input[name=login]", "coord");
        await page.FillAsync("input[name=password]", UiHost.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/Plans");
        await Expect(page.Locator("h1")).ToHaveTextAsync("方案");
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_forms_the_antiforgery_token()
    {
        var page = await host.NewPageAsync();
        var response = await page.GotoAsync("/Login");
        var headers = await response!.AllHeadersAsync();

        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
        Assert.Contains("default-src 'self'", headers["content-security-policy"], StringComparison.Ordinal);
        await Expect(page.Locator("main form input[name=__RequestVerificationToken]")).ToHaveCountAsync(1);

        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var forged = await client.PostAsync("/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "coord",
            ["password"] = UiHost.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(forged.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ordermatch.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_with_a_message()
    {
        var page = await host.NewPageAsync();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            await UiHost.SignInAsync(page, "unlucky", "wrong password");
            await Expect(page.Locator("[data-test=login-error]")).ToHaveTextAsync("用户名或密码错误。");
        }

        await UiHost.SignInAsync(page, "unlucky", "wrong password");
        await Expect(page.Locator("[data-test=login-error]")).ToContainTextAsync("账户已锁定至");

        await UiHost.SignInAsync(page, "unlucky", UiHost.Password);
        await Expect(page.Locator("[data-test=login-error]")).ToContainTextAsync("账户已锁定至");
        Assert.Contains("/Login", page.Url, StringComparison.Ordinal);
    }
}
