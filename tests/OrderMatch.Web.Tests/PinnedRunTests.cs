using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Tests;

public sealed class PinnedRunTests(PinnedRunHost host) : IClassFixture<PinnedRunHost>
{
    [Fact]
    public async Task A_run_started_after_pinning_a_class_proposes_a_plan_with_that_class_unchanged()
    {
        using var coordinator = host.As("coord");
        var kept = host.TinyPlan.Classes[2] with { Id = "KEEP-1" };
        var source = await host.AddPlanAsync(host.TinyPlan with { Classes = [kept] });
        using (var pin = await coordinator.PostAsJsonAsync($"/api/plans/{source}/classes/KEEP-1/pin", new { keep = "class" }))
        {
            Assert.Equal(HttpStatusCode.OK, pin.StatusCode);
        }

        using var started = await coordinator.PostAsJsonAsync("/api/runs", new { timeLimitSeconds = 20 });
        var runId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var run = await FinishedAsync(coordinator, runId);

        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        var planId = run.GetProperty("planId").GetInt64();
        var plan = FormatJson.DeserializePlan(await coordinator.GetStringAsync($"/api/plans/{planId}/export"));
        var inPlan = Assert.Single(plan.Classes, k => k.Id == "KEEP-1");
        Assert.Equal(Json(kept), Json(inPlan));
        var listed = await coordinator.GetFromJsonAsync<JsonElement>($"/api/plans?status=proposed");
        Assert.Contains(listed.EnumerateArray(), p => p.GetProperty("id").GetInt64() == planId);
    }

    private static string Json(PlanClass k) => JsonSerializer.Serialize(k, FormatJson.CompactOptions);

    private static async Task<JsonElement> FinishedAsync(HttpClient client, long runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");
            if (run.GetProperty("status").GetString() is "succeeded" or "failed" or "cancelled" || DateTime.UtcNow > deadline)
            {
                return run;
            }

            await Task.Delay(500);
        }
    }
}
