using System.Net;
using System.Net.Http.Json;
using OrderMatch.Data.Plans;

namespace OrderMatch.Web.Tests;

public sealed class PlanDecisionTests(ReviewHost host) : IClassFixture<ReviewHost>
{
    [Fact]
    public async Task A_coordinator_bound_to_regions_cannot_decide_a_plan_reaching_other_regions()
    {
        using var r01 = host.As("coord-r01");
        var planId = await host.AddPlanAsync(host.Replanned());

        using var approve = await r01.PostAsJsonAsync($"/api/plans/{planId}/approve", new { });
        using var reject = await r01.PostAsJsonAsync($"/api/plans/{planId}/reject", new { comment = "no" });

        var problem = await Problem.AssertAsync(approve, HttpStatusCode.Forbidden, "region-scope");
        Assert.Equal("regions", problem.GetProperty("field").GetString());
        Assert.Contains("R02, R03", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problem.AssertAsync(reject, HttpStatusCode.Forbidden, "region-scope");
        Assert.Equal("proposed", await host.ScalarAsync("select status from plans where id = @planId", new { planId }));
        Assert.Equal("approved", await host.ScalarAsync("select status from plans where id = @id", new { id = host.InForceId }));
    }

    [Fact]
    public async Task A_coordinator_bound_to_the_plans_only_region_may_reject_it()
    {
        using var r01 = host.As("coord-r01");
        var r01Only = host.TinyPlan with { Classes = [host.TinyPlan.Classes[0]], Unassigned = [] };
        var planId = await host.AddPlanAsync(r01Only);

        using var reject = await r01.PostAsJsonAsync($"/api/plans/{planId}/reject", new { comment = "trainer T001 is on leave" });

        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        Assert.Equal("rejected", await host.ScalarAsync("select status from plans where id = @planId", new { planId }));
        Assert.Equal("trainer T001 is on leave", await host.ScalarAsync("select decision_comment from plans where id = @planId", new { planId }));
        Assert.Equal(1, await host.CountAsync($"select count(*) from audit_log where action = 'plan.rejected' and entity_id = '{planId}'"));
    }

    [Fact]
    public async Task Rejecting_needs_a_comment()
    {
        using var coordinator = host.As("coord");
        var planId = await host.AddPlanAsync(host.Replanned());

        using var missing = await coordinator.PostAsJsonAsync($"/api/plans/{planId}/reject", new { });
        using var blank = await coordinator.PostAsJsonAsync($"/api/plans/{planId}/reject", new { comment = "  " });
        using var notJson = await coordinator.PostAsync($"/api/plans/{planId}/reject", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(["required"], (await Problem.RulesAsync(missing))["comment"]);
        Assert.Equal(["required"], (await Problem.RulesAsync(blank))["comment"]);
        Assert.Equal(["json"], (await Problem.RulesAsync(notJson))["body"]);
        Assert.Equal("proposed", await host.ScalarAsync("select status from plans where id = @planId", new { planId }));
    }

    [Fact]
    public async Task Only_a_proposed_plan_can_be_decided()
    {
        using var coordinator = host.As("coord");
        var rejected = await host.AddPlanAsync(host.Replanned(), PlanStatus.Rejected);

        using var approve = await coordinator.PostAsJsonAsync($"/api/plans/{rejected}/approve", new { });
        using var reject = await coordinator.PostAsJsonAsync($"/api/plans/{host.InForceId}/reject", new { comment = "again" });
        using var missing = await coordinator.PostAsJsonAsync($"/api/plans/{rejected + 1000}/approve", new { });

        var problem = await Problem.AssertAsync(approve, HttpStatusCode.Conflict, "plan-status");
        Assert.Contains("is rejected", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problem.AssertAsync(reject, HttpStatusCode.Conflict, "plan-status");
        await Problem.AssertAsync(missing, HttpStatusCode.NotFound, "not-found");
        Assert.Equal("approved", await host.ScalarAsync("select status from plans where id = @id", new { id = host.InForceId }));
    }
}
