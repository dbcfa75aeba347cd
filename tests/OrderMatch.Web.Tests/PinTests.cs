using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Json;
using OrderMatch.Jobs.Runs;

namespace OrderMatch.Web.Tests;

public sealed class PinTests(ProposedPlanHost host) : IClassFixture<ProposedPlanHost>
{
    [Fact]
    public async Task A_whole_class_pin_is_stored_listed_audited_goes_into_the_scenario_and_can_be_removed()
    {
        using var r01 = host.As("coord-r01");

        using var pinned = await r01.PostAsJsonAsync($"/api/plans/{host.InForceId}/classes/K001/pin", new { keep = "class" });
        var pin = await pinned.Content.ReadFromJsonAsync<JsonElement>();
        var listed = await r01.GetFromJsonAsync<JsonElement>("/api/pins");
        var scenario = await SnapshotReader.ReadAsync(host.DataSource);
        using var removed = await r01.DeleteAsync($"/api/plans/{host.InForceId}/classes/K001/pin");
        using var removedAgain = await r01.DeleteAsync($"/api/plans/{host.InForceId}/classes/K001/pin");

        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        Assert.Equal(["class"], pin.GetProperty("keep").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(12, pin.GetProperty("enrollments")[0].GetProperty("trainees").GetInt32());
        Assert.Contains(listed.EnumerateArray(), p => p.GetProperty("classId").GetString() == "K001");
        var inScenario = Assert.Single(scenario.Pinned, k => k.Id == "K001");
        Assert.Equal(JsonSerializer.Serialize(host.TinyPlan.Classes[0] with { Sessions = [] }, FormatJson.CompactOptions),
            JsonSerializer.Serialize(inScenario, FormatJson.CompactOptions));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await Problem.AssertAsync(removedAgain, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, await host.CountAsync("select count(*) from pins where class_id = 'K001'"));
        Assert.Equal(1, await host.CountAsync("select count(*) from audit_log where action = 'pin.created' and entity_id = 'K001'"));
        Assert.Equal(1, await host.CountAsync("select count(*) from audit_log where action = 'pin.removed' and entity_id = 'K001'"));
    }

    [Fact]
    public async Task Decision_pins_are_stored_and_reach_the_solver_options_with_the_course_and_enrolled_orders()
    {
        using var coordinator = host.As("coord");

        using var pinned = await coordinator.PostAsJsonAsync($"/api/plans/{host.ProposedId}/classes/K004/pin", new { keep = new[] { "time", "trainer" } });
        var snapshot = await SnapshotReader.ReadPlanningAsync(host.DataSource);
        var options = PlanningRunService.SolveOptionsFor(new RunOptions { TimeLimitSeconds = 7, Threads = 1, Seed = 3 }, snapshot);

        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        Assert.Equal(["trainer", "time"], (await pinned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("keep").EnumerateArray().Select(k => k.GetString()));
        var pin = Assert.Single(options.DecisionPins, p => p.ClassId == "K004");
        Assert.Equal("CARE-1", pin.Course);
        Assert.Equal(["O003"], pin.Orders);
        Assert.Equal("T002", pin.Trainer);
        Assert.Equal(2, pin.StartWeek);
        Assert.Equal(["Fri-PM", "Sat-AM"], pin.Pattern);
        Assert.Null(pin.Institution);
        Assert.Null(pin.Room);
        Assert.Equal(7, options.TimeLimitSeconds);
        Assert.Equal(3, options.Seed);
        Assert.DoesNotContain(snapshot.Scenario.Pinned, k => k.Id == "K004");
    }

    [Fact]
    public async Task A_coordinator_cannot_pin_or_unpin_a_class_outside_its_regions()
    {
        using var r01 = host.As("coord-r01");
        using var admin = host.As("admin");
        using (var byAdmin = await admin.PostAsJsonAsync($"/api/plans/{host.InForceId}/classes/K002/pin", new { keep = new[] { "room" } }))
        {
            Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        }

        using var pin = await r01.PostAsJsonAsync($"/api/plans/{host.ProposedId}/classes/K002/pin", new { keep = "class" });
        using var unpin = await r01.DeleteAsync($"/api/plans/{host.ProposedId}/classes/K002/pin");
        var listed = await r01.GetFromJsonAsync<JsonElement>("/api/pins");

        var problem = await Problem.AssertAsync(pin, HttpStatusCode.Forbidden, "region-scope");
        Assert.Contains("R02", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problem.AssertAsync(unpin, HttpStatusCode.Forbidden, "region-scope");
        Assert.DoesNotContain(listed.EnumerateArray(), p => p.GetProperty("classId").GetString() == "K002");
        Assert.Equal(["room"], await DecisionsAsync("K002"));
    }

    [Fact]
    public async Task A_bad_keep_is_a_problem_naming_the_field_and_stores_nothing()
    {
        using var coordinator = host.As("coord");

        using var missing = await coordinator.PostAsJsonAsync($"/api/plans/{host.ProposedId}/classes/K001/pin", new { });
        using var unknown = await coordinator.PostAsJsonAsync($"/api/plans/{host.ProposedId}/classes/K001/pin", new { keep = new[] { "colour" } });
        using var empty = await coordinator.PostAsJsonAsync($"/api/plans/{host.ProposedId}/classes/K001/pin", new { keep = Array.Empty<string>() });
        using var twice = await coordinator.PostAsJsonAsync($"/api/plans/{host.ProposedId}/classes/K001/pin", new { keep = new[] { "room", "room" } });
        using var noClass = await coordinator.PostAsJsonAsync($"/api/plans/{host.ProposedId}/classes/K999/pin", new { keep = "class" });

        Assert.Equal(["required"], (await Problem.RulesAsync(missing))["keep"]);
        Assert.Equal(["enum"], (await Problem.RulesAsync(unknown))["keep"]);
        Assert.Equal(["empty"], (await Problem.RulesAsync(empty))["keep"]);
        Assert.Equal(["duplicate-value"], (await Problem.RulesAsync(twice))["keep"]);
        await Problem.AssertAsync(noClass, HttpStatusCode.NotFound, "not-found");
        Assert.Empty(await DecisionsAsync("K001"));
    }

    private async Task<string[]> DecisionsAsync(string classId)
    {
        var keep = await host.ScalarAsync("select array_to_string(keep, ',') from decision_pins where class_id = @classId", new { classId });
        return keep is null ? [] : keep.Split(',');
    }
}
