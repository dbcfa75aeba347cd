using Microsoft.Playwright;
using OrderMatch.Data.Plans;
using static Microsoft.Playwright.Assertions;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>The review actions of the plan page keep the API's rules: a rejection says why, regions bound, roles checked, pins chosen.</summary>
[Collection(UiCollection.Name)]
public sealed class ReviewActionTests(UiHost host)
{
    [Fact]
    public async Task Rejecting_needs_a_comment_and_then_rejects_the_plan()
    {
        var planId = await host.AddPlanAsync(host.TinyPlan);
        var page = await host.SignedInPageAsync("coord", locale: "en-US");
        await page.GotoAsync($"/Plans/{planId}");
        await Expect(page.Locator("[data-action=reject]")).ToHaveTextAsync("Reject plan");

        var refused = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("[data-action=reject]"), r => r.Request.Method == "POST");

        Assert.Equal(400, refused.Status);
        var error = page.Locator("[data-test=action-error]");
        await Expect(error).ToHaveAttributeAsync("data-field", "comment");
        await Expect(error).ToHaveAttributeAsync("data-rule", "required");
        await Expect(error).ToHaveTextAsync("A rejection needs a comment saying why.");
        Assert.Equal("proposed", await host.ScalarAsync<string>($"select status from plans where id = {planId}"));
        Assert.Equal(0, await host.CountAsync($"select count(*) from audit_log where action = 'plan.rejected' and entity_id = '{planId}'"));

        await page.FillAsync("[data-test=reject-comment]", "too many cross-region trips");
        await page.ClickAsync("[data-action=reject]");

        await Expect(page.Locator("[data-test=notice]")).ToHaveTextAsync($"Plan #{planId} is rejected.");
        await Expect(page.Locator("[data-test=plan-status]")).ToHaveTextAsync("rejected");
        await Expect(page.Locator("[data-test=decision]")).ToHaveCountAsync(0);
        Assert.Equal("too many cross-region trips", await host.ScalarAsync<string>($"select decision_comment from plans where id = {planId}"));
    }

    [Fact]
    public async Task A_coordinator_of_other_regions_cannot_approve_and_a_decided_plan_cannot_be_decided_again()
    {
        var planId = await host.AddPlanAsync(host.TinyPlan);
        var page = await host.SignedInPageAsync("coord-r02");
        await page.GotoAsync($"/Plans/{planId}");

        var refused = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("[data-action=approve]"), r => r.Request.Method == "POST");

        Assert.Equal(403, refused.Status);
        await Expect(page.Locator("[data-test=action-error]")).ToHaveAttributeAsync("data-rule", "region-scope");
        await Expect(page.Locator("[data-test=action-error]")).ToContainTextAsync("R01");
        Assert.Equal("proposed", await host.ScalarAsync<string>($"select status from plans where id = {planId}"));

        var inForce = await host.ScalarAsync<long>("select id from plans where status = 'approved'");
        var coordinator = await host.SignedInPageAsync("coord");
        await coordinator.GotoAsync($"/Plans/{inForce}");
        await Expect(coordinator.Locator("[data-test=decision]")).ToHaveCountAsync(0);
        var response = await PostFormAsync(coordinator, $"/Plans/{inForce}?handler=Approve", new() { ["comment"] = "again" });
        Assert.Equal(409, response.Status);
        Assert.Contains("data-rule=\"plan-status\"", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("approved", await host.ScalarAsync<string>($"select status from plans where id = {inForce}"));
    }

    [Theory]
    [InlineData("ent", "Approve")]
    [InlineData("ent", "Reject")]
    [InlineData("ent", "Pin")]
    [InlineData("inst", "Approve")]
    [InlineData("inst", "Unpin")]
    public async Task Enterprises_and_institutions_cannot_post_the_review_actions(string login, string handler)
    {
        var planId = await host.AddPlanAsync(host.TinyPlan);
        var page = await host.SignedInPageAsync(login);
        var pinsBefore = await host.CountAsync("select count(*) from pins") + await host.CountAsync("select count(*) from decision_pins");

        var response = await PostFormAsync(page, $"/Plans/{planId}?handler={handler}",
            new() { ["comment"] = "not mine to decide", ["classId"] = "K001", ["keep"] = "class" });

        Assert.Equal(403, response.Status);
        Assert.Contains("/Denied", response.Url, StringComparison.Ordinal);
        Assert.Equal("proposed", await host.ScalarAsync<string>($"select status from plans where id = {planId}"));
        Assert.Equal(pinsBefore, await host.CountAsync("select count(*) from pins") + await host.CountAsync("select count(*) from decision_pins"));
        Assert.Equal(0, await host.CountAsync($"select count(*) from audit_log where entity_id = '{planId}' and action like 'plan.%'"));
    }

    [Fact]
    public async Task A_class_is_pinned_by_chosen_decisions_and_unpinned()
    {
        var planId = await host.AddPlanAsync(host.TinyPlan);
        var page = await host.SignedInPageAsync("coord", locale: "en-US");
        await page.GotoAsync($"/Plans/{planId}");
        var row = page.Locator("tr[data-class=K002]");

        await row.Locator("[data-test=pin] summary").ClickAsync();
        var refused = await page.RunAndWaitForResponseAsync(() => row.Locator("[data-action=pin]").ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(400, refused.Status);
        await Expect(page.Locator("[data-test=action-error]")).ToHaveAttributeAsync("data-rule", "required");
        Assert.Equal(0, await host.CountAsync("select count(*) from decision_pins where class_id = 'K002'"));

        row = page.Locator("tr[data-class=K002]");
        await row.Locator("[data-test=pin] summary").ClickAsync();
        await row.Locator("input[data-keep=trainer]").CheckAsync();
        await row.Locator("input[data-keep=time]").CheckAsync();
        await row.Locator("[data-action=pin]").ClickAsync();

        await Expect(page.Locator("[data-test=notice]")).ToHaveTextAsync("Class K002 is pinned; the next run keeps: Trainer, Time.");
        await Expect(row.Locator("[data-test=pinned]")).ToHaveAttributeAsync("data-keep", "trainer,time");
        Assert.Equal("{trainer,time}", await host.ScalarAsync<string>("select keep::text from decision_pins where class_id = 'K002'"));
        Assert.Equal(0, await host.CountAsync("select count(*) from pins where class_id = 'K002'"));

        await row.Locator("[data-action=unpin]").ClickAsync();
        await Expect(page.Locator("[data-test=notice]")).ToHaveTextAsync("Class K002 is no longer pinned.");
        await Expect(page.Locator("tr[data-class=K002] [data-test=pinned]")).ToHaveCountAsync(0);
        Assert.Equal(0, await host.CountAsync("select count(*) from decision_pins where class_id = 'K002'"));
        Assert.Equal(1, await host.CountAsync("select count(*) from audit_log where action = 'pin.removed' and entity_id = 'K002' and actor = 'coord'"));
    }

    [Fact]
    public async Task The_review_controls_read_in_Chinese_and_in_English()
    {
        var planId = await host.AddPlanAsync(host.TinyPlan);
        var chinese = await host.SignedInPageAsync("coord", locale: "zh-CN");
        await chinese.GotoAsync($"/Plans/{planId}");
        await Expect(chinese.Locator("[data-action=approve]")).ToHaveTextAsync("批准方案");
        await Expect(chinese.Locator("[data-action=rerun]")).ToHaveTextAsync("重新运行");
        await Expect(chinese.Locator("[data-test=diff] h2")).ToHaveTextAsync("与现行方案的差异");
        await Expect(chinese.Locator("[data-nav=notifications]")).ToContainTextAsync("通知");

        var english = await host.SignedInPageAsync("coord", locale: "en-US");
        await english.GotoAsync($"/Plans/{planId}");
        await Expect(english.Locator("[data-action=approve]")).ToHaveTextAsync("Approve plan");
        await Expect(english.Locator("[data-action=rerun]")).ToHaveTextAsync("Re-run");
        await Expect(english.Locator("[data-test=diff] h2")).ToHaveTextAsync("Differences from the plan in force");
        await Expect(english.Locator("[data-nav=notifications]")).ToContainTextAsync("Notifications");
    }

    [Fact]
    public async Task The_diff_names_what_changed_against_the_plan_in_force()
    {
        var replanned = host.TinyPlan with
        {
            Classes = [host.TinyPlan.Classes[0] with { Trainer = "T004" }, host.TinyPlan.Classes[1], host.TinyPlan.Classes[2] with { Id = "K004" }],
        };
        var planId = await host.AddPlanAsync(replanned);
        var page = await host.SignedInPageAsync("coord", locale: "en-US");
        await page.GotoAsync($"/Plans/{planId}");
        var diff = page.Locator("[data-test=diff]");

        await Expect(diff.Locator("[data-test=diff-added] li[data-class=K004]")).ToBeVisibleAsync();
        await Expect(diff.Locator("[data-test=diff-removed] li[data-class=K003]")).ToBeVisibleAsync();
        var change = diff.Locator("[data-test=diff-changed] tr[data-class=K001][data-decision=trainer]");
        await Expect(change).ToContainTextAsync("T001");
        await Expect(change).ToContainTextAsync("T004");
        await Expect(diff.Locator("[data-test=diff-moved] tr[data-order=O003]")).ToContainTextAsync("K004: 8 trainees");
    }

    /// <summary>Posts a form as the page's signed-in user would, with the antiforgery token of one of its pages.</summary>
    internal static async Task<IAPIResponse> PostFormAsync(IPage page, string path, Dictionary<string, string> fields)
    {
        if (page.Url is "about:blank" || !page.Url.Contains("://", StringComparison.Ordinal))
        {
            await page.GotoAsync("/");
        }

        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var form = page.Context.APIRequest.CreateFormData();
        form.Append("__RequestVerificationToken", token!);
        foreach (var (name, value) in fields)
        {
            form.Append(name, value);
        }

        return await page.Context.APIRequest.PostAsync(path, new APIRequestContextOptions { Form = form });
    }
}
