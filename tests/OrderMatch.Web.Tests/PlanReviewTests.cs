using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrderMatch.Web.Tests;

public sealed class PlanReviewTests(ProposedPlanHost host) : IClassFixture<ProposedPlanHost>
{
    [Fact]
    public async Task Plans_are_listed_newest_first_and_filtered_by_status()
    {
        using var coordinator = host.As("coord");

        var all = await coordinator.GetFromJsonAsync<JsonElement>("/api/plans");
        var proposed = await coordinator.GetFromJsonAsync<JsonElement>("/api/plans?status=proposed");
        using var bad = await coordinator.GetAsync("/api/plans?status=maybe");

        Assert.Equal([host.ProposedId, host.InForceId], all.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()));
        Assert.Equal("approved", all[1].GetProperty("status").GetString());
        Assert.Equal(3, all[0].GetProperty("classes").GetInt32());
        Assert.Equal([host.ProposedId], proposed.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()));
        Assert.Equal(["enum"], (await Problem.RulesAsync(bad))["status"]);
    }

    [Fact]
    public async Task Classes_carry_names_dates_size_and_enrollments_and_can_be_filtered()
    {
        using var coordinator = host.As("coord");

        var classes = await coordinator.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/classes");
        var byInstitution = await coordinator.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/classes?institution=I002");
        var byTrainerAndCourse = await coordinator.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/classes?trainer=T004&course=WELD-2");
        var byRoom = await coordinator.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/classes?room=I001-C1");

        Assert.Equal(["K001", "K002", "K004"], Ids(classes));
        var k001 = classes[0];
        Assert.Equal("焊工", k001.GetProperty("courseName").GetString());
        Assert.Equal("镇江技师学院", k001.GetProperty("institutionName").GetString());
        Assert.Equal("赵工(共享师资)", k001.GetProperty("trainerName").GetString());
        Assert.Equal("2026-01-05", k001.GetProperty("firstSession").GetString());
        Assert.Equal("2026-01-22", k001.GetProperty("lastSession").GetString());
        Assert.Equal(12, k001.GetProperty("size").GetInt32());
        Assert.Equal("E001", k001.GetProperty("enrollments")[0].GetProperty("enterprise").GetString());
        Assert.False(k001.TryGetProperty("sessions", out _));
        Assert.Equal(["K002"], Ids(byInstitution));
        Assert.Equal(["K001"], Ids(byTrainerAndCourse));
        Assert.Equal(["K004"], Ids(byRoom));
    }

    [Fact]
    public async Task A_class_is_read_with_its_sessions_and_an_unknown_class_or_plan_is_not_found()
    {
        using var coordinator = host.As("coord");

        var k002 = await coordinator.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/classes/K002");
        using var unknownClass = await coordinator.GetAsync($"/api/plans/{host.ProposedId}/classes/K999");
        using var unknownPlan = await coordinator.GetAsync($"/api/plans/{host.ProposedId + 1000}/classes");

        Assert.Equal(6, k002.GetProperty("sessions").GetArrayLength());
        Assert.Equal("2026-01-12", k002.GetProperty("sessions")[0].GetProperty("date").GetString());
        await Problem.AssertAsync(unknownClass, HttpStatusCode.NotFound, "not-found");
        await Problem.AssertAsync(unknownPlan, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_coordinator_bound_to_regions_reads_only_the_classes_and_unassigned_orders_of_its_regions()
    {
        using var r01 = host.As("coord-r01");
        using var r02 = host.As("coord-r02");

        var classesR01 = await r01.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/classes");
        var classesR02 = await r02.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/classes");
        using var outsideClass = await r01.GetAsync($"/api/plans/{host.ProposedId}/classes/K002");
        var unassignedR01 = await r01.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/unassigned");
        var unassignedR02 = await r02.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/unassigned");
        using var export = await r01.GetAsync($"/api/plans/{host.ProposedId}/export");

        Assert.Equal(["K001", "K004"], Ids(classesR01));
        Assert.Equal(["K002"], Ids(classesR02));
        await Problem.AssertAsync(outsideClass, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, unassignedR01.GetArrayLength());
        var window = Assert.Single(unassignedR02.EnumerateArray());
        Assert.Equal("WINDOW", window.GetProperty("code").GetString());
        Assert.Equal("O005", window.GetProperty("orders")[0].GetProperty("order").GetString());
        var problem = await Problem.AssertAsync(export, HttpStatusCode.Forbidden, "region-scope");
        Assert.Contains("R02", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unassigned_demand_is_grouped_by_reason_code_in_the_specs_order_with_detail_and_entities()
    {
        using var coordinator = host.As("coord");

        var groups = await coordinator.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/unassigned");

        Assert.Equal(["TRAVEL", "SUBSIDY_SCOPE", "WINDOW"], groups.EnumerateArray().Select(g => g.GetProperty("code").GetString()));
        var subsidy = groups[1];
        Assert.Equal(10, subsidy.GetProperty("trainees").GetInt32());
        var item = subsidy.GetProperty("orders")[0];
        Assert.Equal("O004", item.GetProperty("order").GetString());
        Assert.Equal("E003", item.GetProperty("enterprise").GetString());
        Assert.Equal("R03", item.GetProperty("region").GetString());
        Assert.Equal(["O004", "R03"], item.GetProperty("entities").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("local-only", item.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_diff_names_added_removed_and_changed_classes_and_moved_enrollments()
    {
        using var coordinator = host.As("coord");

        var diff = await coordinator.GetFromJsonAsync<JsonElement>($"/api/plans/{host.ProposedId}/diff");
        var self = await coordinator.GetFromJsonAsync<JsonElement>($"/api/plans/{host.InForceId}/diff");

        Assert.Equal(host.InForceId, diff.GetProperty("againstPlanId").GetInt64());
        Assert.Equal(["K004"], Ids(diff.GetProperty("added")));
        Assert.Equal(["K003"], Ids(diff.GetProperty("removed")));
        var changed = Assert.Single(diff.GetProperty("changed").EnumerateArray());
        Assert.Equal("K001", changed.GetProperty("classId").GetString());
        var change = Assert.Single(changed.GetProperty("changes").EnumerateArray());
        Assert.Equal(("trainer", "T001", "T004"), (change.GetProperty("decision").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        var moved = Assert.Single(diff.GetProperty("movedEnrollments").EnumerateArray());
        Assert.Equal("O003", moved.GetProperty("order").GetString());
        Assert.Equal("K003", moved.GetProperty("before")[0].GetProperty("classId").GetString());
        Assert.Equal("K004", moved.GetProperty("after")[0].GetProperty("classId").GetString());
        Assert.Equal(0, self.GetProperty("added").GetArrayLength() + self.GetProperty("removed").GetArrayLength()
            + self.GetProperty("changed").GetArrayLength() + self.GetProperty("movedEnrollments").GetArrayLength());
    }

    [Fact]
    public async Task The_csv_export_has_one_row_per_session_in_utf8_with_a_byte_order_mark()
    {
        using var coordinator = host.As("coord");
        using var r02 = host.As("coord-r02");

        using var response = await coordinator.GetAsync($"/api/plans/{host.ProposedId}/export.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var r02Lines = (await r02.GetStringAsync($"/api/plans/{host.ProposedId}/export.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal("class,course,courseName,institution,institutionName,trainer,trainerName,room,date,period,enrolled", lines[0]);
        Assert.Equal(host.Replanned().Classes.Sum(k => k.Sessions.Count), lines.Length - 1);
        Assert.Contains("K001,WELD-2,焊工,I001,镇江技师学院,T004,赵工(共享师资),B01-C1,2026-01-05,AM,12", lines);
        Assert.Equal(1 + 6, r02Lines.Length);
        Assert.All(r02Lines.Skip(1), line => Assert.StartsWith("K002,", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_calendar_export_has_one_event_per_visible_class_with_the_invitation_uids()
    {
        using var coordinator = host.As("coord");
        using var r02 = host.As("coord-r02");

        using var response = await coordinator.GetAsync($"/api/plans/{host.ProposedId}/export.ics");
        var text = await response.Content.ReadAsStringAsync();
        var r02Text = await r02.GetStringAsync($"/api/plans/{host.ProposedId}/export.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        var classes = host.Replanned().Classes;
        Assert.Equal(classes.Count, Count(text, "BEGIN:VEVENT"));
        Assert.All(classes, k => Assert.Contains($"UID:class-{k.Id}.{k.Institution}@ordermatch", text, StringComparison.Ordinal));
        Assert.Equal(1, Count(r02Text, "BEGIN:VEVENT"));
        Assert.Contains("UID:class-K002.", r02Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enterprises_and_institutions_cannot_read_plans_pins_or_decide()
    {
        foreach (var login in new[] { "ent-a", "inst-1" })
        {
            using var client = host.As(login);
            foreach (var path in new[] { "/api/plans", $"/api/plans/{host.ProposedId}/classes", $"/api/plans/{host.ProposedId}/unassigned",
                $"/api/plans/{host.ProposedId}/diff", $"/api/plans/{host.ProposedId}/export.csv", $"/api/plans/{host.ProposedId}/export.ics", "/api/pins" })
            {
                using var read = await client.GetAsync(path);
                await Problem.AssertAsync(read, HttpStatusCode.Forbidden, "role");
            }

            using var approve = await client.PostAsJsonAsync($"/api/plans/{host.ProposedId}/approve", new { });
            using var pin = await client.PostAsJsonAsync($"/api/plans/{host.ProposedId}/classes/K001/pin", new { keep = "class" });
            await Problem.AssertAsync(approve, HttpStatusCode.Forbidden, "role");
            await Problem.AssertAsync(pin, HttpStatusCode.Forbidden, "role");
        }

        Assert.Equal("proposed", await host.ScalarAsync("select status from plans where id = @id", new { id = host.ProposedId }));
        Assert.Equal(0, await host.CountAsync("select count(*) from pins"));
    }

    private static int Count(string text, string line) =>
        text.Split("\r\n").Count(l => l == line);

    private static List<string> Ids(JsonElement classes) => [.. classes.EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
}
