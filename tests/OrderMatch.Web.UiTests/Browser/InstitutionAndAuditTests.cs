using static Microsoft.Playwright.Assertions;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>An institution sees its classes of the plan in force; coordinators read the audit log.</summary>
[Collection(UiCollection.Name)]
public sealed class InstitutionAndAuditTests(UiHost host)
{
    [Fact]
    public async Task An_institution_sees_its_classes_of_the_plan_in_force_and_only_those()
    {
        var page = await host.SignedInPageAsync("inst");
        Assert.EndsWith("/Classes", page.Url, StringComparison.Ordinal);

        var planId = await host.ScalarAsync<long>("select id from plans where status = 'approved'");
        var own = (int)await host.CountAsync($"select count(*) from plan_classes where plan_id = {planId} and institution = 'I001'");
        Assert.True(own > 0);
        await Expect(page.Locator("table[data-test=institution-classes] tbody tr")).ToHaveCountAsync(own);
        await Expect(page.Locator("tr[data-class=K001]")).ToContainTextAsync("WELD-2");
        await Expect(page.Locator("tr[data-class=K002]")).ToHaveCountAsync(0);
        await Expect(page.Locator("main")).ToContainTextAsync($"#{planId}");
    }

    [Fact]
    public async Task The_audit_log_lists_the_newest_first_and_filters_by_entity()
    {
        var page = await host.SignedInPageAsync("admin", locale: "en-US");
        await page.GotoAsync("/Audit");
        var newest = await host.ScalarAsync<string>("select action from audit_log order by at desc, id desc limit 1");
        await Expect(page.Locator("table[data-test=audit] tbody tr").First).ToContainTextAsync(newest);

        await page.SelectOptionAsync("select[name=entity]", "user");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/Audit?entity=user");
        var users = (int)await host.CountAsync("select count(*) from audit_log where entity = 'user'");
        await Expect(page.Locator("table[data-test=audit] tbody tr")).ToHaveCountAsync(Math.Min(users, 50));
        foreach (var cell in await page.Locator("table[data-test=audit] tbody tr td:nth-child(4)").AllTextContentsAsync())
        {
            Assert.Equal("user", cell);
        }
    }
}
