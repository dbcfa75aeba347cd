using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderMatch.Web.Tests;

public sealed class RunsAndPlansTests(PlanningHost host) : IClassFixture<PlanningHost>
{
    [Fact]
    public async Task A_coordinator_queues_reads_and_cancels_a_run_and_its_events_end_with_the_outcome()
    {
        using var coordinator = host.As("coord");

        using var started = await coordinator.PostAsJsonAsync("/api/runs", new { timeLimitSeconds = 5, threads = 1, seed = 7 });
        var run = await started.Content.ReadFromJsonAsync<JsonElement>();
        var id = run.GetProperty("id").GetInt64();
        var read = await coordinator.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
        var listed = await coordinator.GetFromJsonAsync<JsonElement>("/api/runs");
        using var cancelled = await coordinator.PostAsync($"/api/runs/{id}/cancel", null);
        var events = await coordinator.GetStringAsync($"/api/runs/{id}/events");

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("queued", run.GetProperty("status").GetString());
        Assert.Equal(7, read.GetProperty("options").GetProperty("seed").GetInt32());
        Assert.Equal("coord", read.GetProperty("requestedBy").GetString());
        Assert.Contains(listed.EnumerateArray(), r => r.GetProperty("id").GetInt64() == id);
        Assert.Equal("cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.StartsWith("event: finished\n", events.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"status\":\"cancelled\"", events, StringComparison.Ordinal);
        Assert.Equal(1, await host.CountAsync($"select count(*) from quartz.qrtz_job_details where job_name like '%{id}%'"));
    }

    [Fact]
    public async Task Run_options_out_of_range_are_a_problem_naming_the_field()
    {
        using var coordinator = host.As("coord");
        var before = await host.CountAsync("select count(*) from planning_runs");

        using var response = await coordinator.PostAsJsonAsync("/api/runs", new { timeLimitSeconds = 5, threads = 0 });

        Assert.Equal(["range"], (await Problem.RulesAsync(response))["threads"]);
        Assert.Equal(before, await host.CountAsync("select count(*) from planning_runs"));
    }

    [Fact]
    public async Task An_enterprise_may_neither_run_the_planning_nor_read_plans()
    {
        using var enterprise = host.As("ent");
        var planId = await host.CountAsync("select id from plans where status = 'approved'");

        using var start = await enterprise.PostAsJsonAsync("/api/runs", new { timeLimitSeconds = 5 });
        using var list = await enterprise.GetAsync("/api/runs");
        using var plan = await enterprise.GetAsync($"/api/plans/{planId}");

        await Problem.AssertAsync(start, HttpStatusCode.Forbidden, "role");
        await Problem.AssertAsync(list, HttpStatusCode.Forbidden, "role");
        await Problem.AssertAsync(plan, HttpStatusCode.Forbidden, "role");
    }

    [Fact]
    public async Task A_plan_is_summarised_and_exported_in_the_plan_format()
    {
        using var coordinator = host.As("coord");
        var planId = await host.CountAsync("select id from plans where status = 'approved'");

        var summary = await coordinator.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}");
        var export = JsonDocument.Parse(await coordinator.GetStringAsync($"/api/plans/{planId}/export")).RootElement;
        using var missing = await coordinator.GetAsync($"/api/plans/{planId + 100}");

        Assert.Equal("approved", summary.GetProperty("status").GetString());
        Assert.Equal(host.TinyPlan.Classes.Count, summary.GetProperty("classes").GetInt32());
        Assert.Equal(export.GetProperty("objective").GetProperty("total").GetDouble(), summary.GetProperty("objective").GetProperty("total").GetDouble());
        Assert.Equal(export.GetProperty("kpis").GetProperty("traineesServed").GetInt32(), summary.GetProperty("kpis").GetProperty("traineesServed").GetInt32());
        Assert.Equal(1, export.GetProperty("formatVersion").GetInt32());
        Assert.Equal(host.TinyPlan.Classes.Select(c => c.Id), export.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        await Problem.AssertAsync(missing, HttpStatusCode.NotFound, "not-found");
    }
}
