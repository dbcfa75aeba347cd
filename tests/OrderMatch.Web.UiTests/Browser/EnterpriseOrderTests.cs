using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>An enterprise submits a training order through the form and follows it in its list.</summary>
[Collection(UiCollection.Name)]
public sealed class EnterpriseOrderTests(UiHost host)
{
    [Fact]
    public async Task Enterprise_submits_an_order_and_sees_it_in_its_list()
    {
        var page = await host.SignedInPageAsync("ent");
        Assert.EndsWith("/Orders", page.Url, StringComparison.Ordinal);
        var before = await host.CountAsync("select count(*) from orders where enterprise = 'E001'");

        await page.ClickAsync("a[href='/Orders/New'].button");
        await page.SelectOptionAsync("select[name='Form.Course']", "WELD-2");
        await page.FillAsync("input[name='Form.Trainees']", "6");
        await page.FillAsync("input[name='Form.EarliestStart']", "2026-01-05");
        await page.FillAsync("input[name='Form.Deadline']", "2026-01-30");
        await page.SelectOptionAsync("select[name='Form.Priority']", "4");
        await page.ClickAsync("main form button[type=submit]");

        await Expect(page.Locator("[data-test=submitted]")).ToContainTextAsync("已提交");
        var id = new Uri(page.Url).Query.Split('=')[1];
        var row = page.Locator($"tr[data-order='{id}']");
        await Expect(row).ToContainTextAsync("WELD-2");
        await Expect(row.Locator(".status")).ToHaveTextAsync("已提交");
        Assert.Equal(before + 1, await host.CountAsync("select count(*) from orders where enterprise = 'E001'"));
        Assert.Equal(1, await host.CountAsync($"select count(*) from audit_log where action = 'order.created' and entity_id = '{id}' and actor = 'ent'"));

        await row.Locator("a").ClickAsync();
        await Expect(page.Locator("[data-test=order-status]")).ToHaveTextAsync("已提交");
        await Expect(page.Locator("h1")).ToContainTextAsync(id);
    }

    [Fact]
    public async Task A_bad_order_shows_each_problem_by_its_field_and_stores_nothing()
    {
        var page = await host.SignedInPageAsync("ent", locale: "en-US");
        var before = await host.CountAsync("select count(*) from orders");

        await page.GotoAsync("/Orders/New");
        await page.FillAsync("input[name='Form.Trainees']", "0");
        await page.FillAsync("input[name='Form.EarliestStart']", "2026-02-10");
        await page.FillAsync("input[name='Form.Deadline']", "2026-01-20");
        await page.FillAsync("input[name='Form.MaxTravelKm']", "far");
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("main form button[type=submit]"),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/Orders/New", StringComparison.Ordinal));

        Assert.Equal(400, response?.Status);
        await Expect(page.Locator("[data-test=form-error]")).ToBeVisibleAsync();
        await Expect(page.Locator(".field-error[data-field=course]")).ToHaveAttributeAsync("data-rule", "required");
        await Expect(page.Locator(".field-error[data-field=trainees]")).ToContainTextAsync("must be at least 1");
        await Expect(page.Locator(".field-error[data-field=deadline]")).ToHaveAttributeAsync("data-rule", "window");
        await Expect(page.Locator(".field-error[data-field=maxTravelKm]")).ToHaveAttributeAsync("data-rule", "type");
        await Expect(page.Locator("input[name='Form.EarliestStart']")).ToHaveValueAsync("2026-02-10");
        Assert.Equal(before, await host.CountAsync("select count(*) from orders"));
    }
}
