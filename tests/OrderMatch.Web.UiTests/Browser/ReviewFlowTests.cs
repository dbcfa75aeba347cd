using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>
/// The whole flow through the browser: an enterprise submits an order; a coordinator plans, pins a class, re-plans,
/// finds the class unchanged and approves; the institution answers its classes; the coordinator follows the answers
/// and the failed emails on the notifications page; the enterprise sees where its order trains.
/// </summary>
[Collection(FlowCollection.Name)]
public sealed class ReviewFlowTests(FlowHost host)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Order_to_run_to_pin_to_rerun_to_approval_to_the_institutions_answer()
    {
        // An enterprise submits an order.
        var enterprise = await host.SignedInPageAsync("ent");
        await enterprise.GotoAsync("/Orders/New");
        await enterprise.SelectOptionAsync("select[name='Form.Course']", "WELD-2");
        await enterprise.FillAsync("input[name='Form.Trainees']", "5");
        await enterprise.FillAsync("input[name='Form.EarliestStart']", "2026-01-05");
        await enterprise.FillAsync("input[name='Form.Deadline']", "2026-01-30");
        await enterprise.ClickAsync("main form button[type=submit]");
        await Expect(enterprise.Locator("[data-test=submitted]")).ToContainTextAsync("已提交");
        var orderId = new Uri(enterprise.Url).Query.Split('=')[1];

        // A coordinator starts a run, watches it finish and opens its plan.
        var coordinator = await host.SignedInPageAsync("coord");
        await coordinator.FillAsync("[data-test=time-limit]", "20");
        await coordinator.ClickAsync("[data-action=start-run]");
        var first = await FinishedPlanAsync(coordinator);
        await Expect(coordinator.Locator("[data-test=plan-status]")).ToHaveTextAsync("待审批");
        await Expect(coordinator.Locator("[data-test=diff]")).ToContainTextAsync("尚无现行方案");
        var classes = (int)await host.CountAsync($"select count(*) from plan_classes where plan_id = {first}");
        await Expect(coordinator.Locator("[data-test=diff-added] li")).ToHaveCountAsync(classes);

        // … pins the class that enrols the new order, whole.
        var pinned = await host.ScalarAsync<string>($"select class_id from plan_enrollments where plan_id = {first} and order_id = '{orderId}' limit 1");
        var row = coordinator.Locator($"tr[data-class='{pinned}']");
        await row.Locator("[data-test=pin] summary").ClickAsync();
        await row.Locator("input[data-keep=class]").CheckAsync();
        await row.Locator("[data-action=pin]").ClickAsync();
        await Expect(coordinator.Locator("[data-test=notice]")).ToContainTextAsync($"班级 {pinned} 已锁定");
        await Expect(row.Locator("[data-test=pinned]")).ToHaveTextAsync("已锁定：整个班级");
        await Expect(coordinator.Locator("svg[data-test=gantt] g.bar.pinned")).ToHaveCountAsync(1);
        Assert.Equal(1, await host.CountAsync($"select count(*) from pins where class_id = '{pinned}'"));
        Assert.Equal(1, await host.CountAsync($"select count(*) from audit_log where action = 'pin.created' and entity_id = '{pinned}' and actor = 'coord'"));
        var other = coordinator.Locator("table[data-test=classes] tbody tr:not([data-class='" + pinned + "'])").First;
        await other.Locator("[data-test=pin] summary").ClickAsync();
        await coordinator.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("plan-review-actions.png"), FullPage = true });

        // … re-runs from the plan page, watches the second run finish and opens the new plan.
        await coordinator.FillAsync("[data-test=rerun-time-limit]", "20");
        await coordinator.ClickAsync("[data-action=rerun]");
        var second = await FinishedPlanAsync(coordinator);
        Assert.NotEqual(first, second);
        await Expect(coordinator.Locator($"tr[data-class='{pinned}'] [data-test=pinned]")).ToBeVisibleAsync();
        Assert.Equal(await ClassAsync(first, pinned), await ClassAsync(second, pinned));
        await coordinator.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("plan-review-pinned.png"), FullPage = true });

        // … and approves it.
        await coordinator.FillAsync("[data-test=approve-comment]", "按计划执行");
        await coordinator.ClickAsync("[data-action=approve]");
        await Expect(coordinator.Locator("[data-test=notice]")).ToContainTextAsync($"方案 #{second} 已批准");
        await Expect(coordinator.Locator("[data-test=plan-status]")).ToHaveTextAsync("已批准");
        await Expect(coordinator.Locator("[data-test=decision]")).ToHaveCountAsync(0);
        Assert.Equal("approved", await host.ScalarAsync<string>($"select status from plans where id = {second}"));
        Assert.Equal("按计划执行", await host.ScalarAsync<string>($"select decision_comment from plans where id = {second}"));
        Assert.Equal("approved", await host.ScalarAsync<string>($"select status from orders where id = '{orderId}'"));
        var own = (int)await host.CountAsync($"select count(*) from plan_classes where plan_id = {second} and institution = 'I001'");
        Assert.True(own >= 2, "I001 teaches at least two classes of the tiny plan");
        Assert.Equal(own, await host.CountAsync($"select count(*) from outbox_classes c join outbox_messages m on m.id = c.message where m.plan_id = {second} and m.institution = 'I001'"));

        // The enterprise sees the class its order is in.
        await enterprise.GotoAsync($"/Orders/Detail/{orderId}");
        await Expect(enterprise.Locator("[data-test=order-status]")).ToHaveTextAsync("已批准");
        await Expect(enterprise.Locator($"table[data-test=placement] tr[data-class='{pinned}']")).ToContainTextAsync("WELD-2");

        // The institution sees its classes, accepts one and declines another with a reason.
        var institution = await host.SignedInPageAsync("inst");
        Assert.EndsWith("/Classes", institution.Url, StringComparison.Ordinal);
        var rows = institution.Locator("table[data-test=institution-classes] tbody tr");
        await Expect(rows).ToHaveCountAsync(own);
        await Expect(institution.Locator("tr[data-answer=open]")).ToHaveCountAsync(own);
        var accepted = (await rows.Nth(0).GetAttributeAsync("data-class"))!;
        var declined = (await rows.Nth(1).GetAttributeAsync("data-class"))!;
        await rows.Nth(0).Locator("[data-action=accept]").ClickAsync();
        await Expect(institution.Locator("[data-test=notice]")).ToContainTextAsync($"班级 {accepted} 已记录为接受");
        await Expect(institution.Locator($"tr[data-class='{accepted}'] [data-test=answer]")).ToHaveTextAsync("已接受");
        Assert.Equal(1, await host.CountAsync($"select count(*) from audit_log where action = 'class.accepted' and actor = 'inst'"));

        var declining = institution.Locator($"tr[data-class='{declined}']");
        await declining.Locator("details.decline summary").ClickAsync();
        var refused = await institution.RunAndWaitForResponseAsync(() => declining.Locator("[data-action=decline]").ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(400, refused.Status);
        await Expect(institution.Locator("[data-test=action-error]")).ToHaveAttributeAsync("data-rule", "required");
        Assert.Equal(0, await host.CountAsync("select count(*) from class_responses where response = 'declined'"));
        declining = institution.Locator($"tr[data-class='{declined}']");
        await declining.Locator("details.decline summary").ClickAsync();
        await declining.Locator("[data-test=decline-reason]").FillAsync("讲师当周另有安排");
        await declining.Locator("[data-action=decline]").ClickAsync();
        await Expect(institution.Locator("[data-test=notice]")).ToContainTextAsync($"已记录拒绝班级 {declined}");
        await Expect(institution.Locator($"tr[data-class='{declined}'] [data-test=answer]")).ToHaveTextAsync("已拒绝");
        Assert.Equal("讲师当周另有安排", await host.ScalarAsync<string>($"select reason from class_responses where class_id = '{declined}'"));

        // The coordinator's badge counts the decline and the emails the SMTP server refused; the page handles both.
        var failed = await host.WaitForCountAsync("select count(*) from outbox_messages where status = 'failed'", 1, TimeSpan.FromSeconds(30));
        Assert.True(failed >= 1, "the refused emails end failed");
        await coordinator.GotoAsync("/Notifications");
        var badge = coordinator.Locator("[data-test=notify-badge]");
        var unread = await host.CountAsync("select count(*) from class_responses where seen_at is null and response = 'declined'");
        Assert.Equal(1, unread);
        var badgeCount = int.Parse((await badge.TextContentAsync())!, CultureInfo.InvariantCulture);
        Assert.True(badgeCount >= 1 + failed, $"the badge counts {badgeCount}");
        await Expect(coordinator.Locator("table[data-test=declines] tr.unread")).ToContainTextAsync("讲师当周另有安排");
        await coordinator.ClickAsync("[data-action=mark-seen]");
        await Expect(coordinator.Locator("[data-test=notice]")).ToContainTextAsync("已将 1 个拒绝标为已读");
        await Expect(coordinator.Locator("table[data-test=declines] tr.unread")).ToHaveCountAsync(0);
        Assert.Equal(0, await host.CountAsync("select count(*) from class_responses where seen_at is null and response = 'declined'"));

        var message = (await coordinator.Locator("table[data-test=failed] tbody tr").First.GetAttributeAsync("data-message"))!;
        await coordinator.Locator($"tr[data-message='{message}'] [data-action=retry]").ClickAsync();
        await Expect(coordinator.Locator("[data-test=notice]")).ToContainTextAsync($"邮件 #{message} 已重新排队发送");
        Assert.Equal(1, await host.CountAsync($"select count(*) from audit_log where action = 'outbox.retried' and entity_id = '{message}' and actor = 'coord'"));
    }

    /// <summary>Follows the run just started on the runs page to its end and opens its plan; returns the plan's id.</summary>
    private async Task<long> FinishedPlanAsync(IPage page)
    {
        await page.WaitForURLAsync(url => url.Contains("/Runs?started=", StringComparison.Ordinal));
        var runId = long.Parse(new Uri(page.Url).Query.Split('=')[1], CultureInfo.InvariantCulture);
        var link = page.Locator($"tr[data-run='{runId}'] a[data-test=open-plan]");
        await Expect(link).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = (float)RunTimeout.TotalMilliseconds });
        var planId = await host.CountAsync($"select id from plans where run_id = {runId}");
        await link.ClickAsync();
        await page.WaitForURLAsync($"**/Plans/{planId}");
        return planId;
    }

    /// <summary>A class of a plan as stored: its decisions, time and enrollments.</summary>
    private async Task<string> ClassAsync(long planId, string classId) => await host.ScalarAsync<string>($"""
        select concat_ws('|', c.course, c.institution, c.trainer, c.room, c.start_week, array_to_string(c.pattern, ' '),
               (select string_agg(e.order_id || ':' || e.trainees, ',' order by e.order_id) from plan_enrollments e
                where e.plan_id = c.plan_id and e.class_id = c.class_id),
               (select string_agg(s.session_date || s.period, ',' order by s.session_date, s.period) from plan_sessions s
                where s.plan_id = c.plan_id and s.class_id = c.class_id))
        from plan_classes c where c.plan_id = {planId} and c.class_id = '{classId}'
        """);
}
