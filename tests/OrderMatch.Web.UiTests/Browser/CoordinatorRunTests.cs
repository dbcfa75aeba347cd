using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>A coordinator starts a planning run, watches it to the end, and reviews the plan it proposed.</summary>
[Collection(UiCollection.Name)]
public sealed class CoordinatorRunTests(UiHost host)
{
    [Fact]
    public async Task Coordinator_starts_a_run_watches_it_finish_and_reviews_the_plan()
    {
        var page = await host.SignedInPageAsync("coord");
        Assert.EndsWith("/Runs", page.Url, StringComparison.Ordinal);

        await page.FillAsync("[data-test=time-limit]", "20");
        await page.ClickAsync("[data-action=start-run]");
        await page.WaitForURLAsync(url => url.Contains("started=", StringComparison.Ordinal));
        var runId = long.Parse(new Uri(page.Url).Query.Split('=')[1], CultureInfo.InvariantCulture);
        var row = page.Locator($"tr[data-run='{runId}']");
        await Expect(page.Locator("[role=status]")).ToContainTextAsync($"#{runId}");
        Assert.Contains(await row.GetAttributeAsync("data-status"), new[] { "queued", "running", "succeeded" });

        var planLink = row.Locator("a[data-test=open-plan]");
        await Expect(planLink).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 120_000 });
        await Expect(row.Locator("[data-field=status]")).ToHaveTextAsync("已完成");
        await Expect(row.Locator("progress")).ToHaveAttributeAsync("value", "100");
        await Expect(page.Locator("tr.live")).ToHaveCountAsync(0);
        var planId = await host.CountAsync($"select id from plans where run_id = {runId}");

        await planLink.ClickAsync();
        await page.WaitForURLAsync($"**/Plans/{planId}");
        await Expect(page.Locator("h1")).ToHaveTextAsync($"方案 #{planId}");
        await Expect(page.Locator("[data-test=plan-status]")).ToHaveTextAsync("待审批");
        await Expect(page.Locator(".kpi")).ToHaveCountAsync(8);
        await Expect(page.Locator(".kpi").First).ToContainTextAsync("覆盖率");
        var classes = (int)await host.CountAsync($"select count(*) from plan_classes where plan_id = {planId}");
        Assert.True(classes > 0, "the tiny scenario's plan opens classes");
        await Expect(page.Locator("svg[data-test=gantt] g.bar")).ToHaveCountAsync(classes);
        await Expect(page.Locator("table[data-test=classes] tbody tr")).ToHaveCountAsync(classes);
        var institutions = (int)await host.CountAsync($"select count(distinct institution) from plan_classes where plan_id = {planId}");
        await Expect(page.Locator("svg[data-test=gantt] g.row")).ToHaveCountAsync(institutions);
        var codes = (int)await host.CountAsync($"select count(distinct code) from plan_unassigned_reasons where plan_id = {planId}");
        await Expect(page.Locator(".reason-group")).ToHaveCountAsync(codes);
        var detail = await host.ScalarAsync<string>($"select detail from plan_unassigned_reasons where plan_id = {planId} and code = 'WINDOW'");
        var window = page.Locator(".reason-group[data-reason=Window]");
        await Expect(window.Locator("h3")).ToContainTextAsync("时间窗口太短");
        await Expect(window.Locator(".explanation")).ToContainTextAsync("排不下课程的全部课次");
        await Expect(window.Locator("tbody")).ToContainTextAsync(detail);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("plan-review.png"), FullPage = true });

        await page.ClickAsync("a[data-by=trainer]");
        await page.WaitForURLAsync("**?by=trainer");
        var trainers = (int)await host.CountAsync($"select count(distinct trainer) from plan_classes where plan_id = {planId}");
        await Expect(page.Locator("svg[data-test=gantt] g.row")).ToHaveCountAsync(trainers);
        var firstClass = await host.ScalarAsync<string>($"select class_id from plan_classes where plan_id = {planId} order by position limit 1");
        await Expect(page.Locator($"svg[data-test=gantt] g.bar[data-class='{firstClass}'] title")).ToContainTextAsync("讲师");
    }
}
