using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderMatch.Web.Tests;

public sealed class PlanApprovalTests(ReviewHost host) : IClassFixture<ReviewHost>
{
    [Fact]
    public async Task Approving_supersedes_the_plan_in_force_approves_enrolled_orders_and_records_who_and_why()
    {
        using var coordinator = host.As("coord");
        var onlyK001 = host.TinyPlan with { Classes = [host.TinyPlan.Classes[0]] };
        var planId = await host.AddPlanAsync(onlyK001);

        using var response = await coordinator.PostAsJsonAsync($"/api/plans/{planId}/approve", new { comment = "同意 / looks right" });
        var decision = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var again = await coordinator.PostAsJsonAsync($"/api/plans/{planId}/approve", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(host.InForceId, decision.GetProperty("replacedPlanId").GetInt64());
        Assert.Equal("approved", await host.ScalarAsync("select status from plans where id = @planId", new { planId }));
        Assert.Equal("coord", await host.ScalarAsync("select decided_by from plans where id = @planId", new { planId }));
        Assert.Equal("同意 / looks right", await host.ScalarAsync("select decision_comment from plans where id = @planId", new { planId }));
        Assert.Equal("superseded", await host.ScalarAsync("select status from plans where id = @id", new { id = host.InForceId }));
        Assert.Equal("approved", await host.ScalarAsync("select status from orders where id = 'O001'"));
        Assert.Equal("submitted", await host.ScalarAsync("select status from orders where id = 'O003'"));
        Assert.Equal(1, await host.CountAsync($"select count(*) from audit_log where action = 'plan.approved' and entity_id = '{planId}'"));
        var problem = await Problem.AssertAsync(again, HttpStatusCode.Conflict, "plan-status");
        Assert.Contains("approved", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
