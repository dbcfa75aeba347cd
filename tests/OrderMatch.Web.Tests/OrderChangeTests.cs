using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrderMatch.Web.Tests;

public sealed class OrderChangeTests(OrdersHost host) : IClassFixture<OrdersHost>
{
    [Fact]
    public async Task An_enterprise_orders_for_itself_and_the_order_is_audited()
    {
        using var a = host.As("ent-a");

        using var response = await a.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("NEW-1") with { AllowedSlots = ["Mon-AM", "Thu-AM"] });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/orders/NEW-1", response.Headers.Location?.OriginalString);
        Assert.Equal("E001", body.GetProperty("enterprise").GetString());
        Assert.Equal("submitted", body.GetProperty("status").GetString());
        Assert.Equal("2026-01-31", body.GetProperty("deadline").GetString());
        Assert.Equal(1, await host.CountAsync("select count(*) from audit_log where action = 'order.created' and entity_id = 'NEW-1' and actor = 'ent-a'"));
    }

    [Fact]
    public async Task An_order_without_an_id_gets_one()
    {
        using var a = host.As("ent-a");

        using var response = await a.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("x") with { Id = null });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await host.CountAsync($"select count(*) from orders where id = '{id}' and enterprise = 'E001'"));
    }

    [Fact]
    public async Task A_taken_id_is_a_409_naming_the_id()
    {
        using var a = host.As("ent-a");

        using var response = await a.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("O001"));

        var problem = await Problem.AssertAsync(response, HttpStatusCode.Conflict, "duplicate-id");
        Assert.Equal("id", problem.GetProperty("field").GetString());
        Assert.Equal(12, await host.CountAsync("select trainees from orders where id = 'O001'"));
    }

    [Fact]
    public async Task Broken_rules_are_a_problem_per_field_and_nothing_is_stored()
    {
        using var a = host.As("ent-a");
        var before = await host.CountAsync("select count(*) from orders");

        using var response = await a.PostAsJsonAsync("/api/orders",
            new OrderBody("BAD-1", null, "NO-SUCH", 2, "2026-02-10", "2026-02-01", 7, MinChunk: 3, MaxTravelKm: -1));
        using var none = await a.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("BAD-1") with { Trainees = 0 });
        var rules = await Problem.RulesAsync(response);

        Assert.Equal(["unknown-id"], rules["course"]);
        Assert.Equal(["range"], (await Problem.RulesAsync(none))["trainees"]);
        Assert.Equal(["range"], rules["priority"]);
        Assert.Equal(["range"], rules["minChunk"]);
        Assert.Equal(["window"], rules["deadline"]);
        Assert.Equal(["range"], rules["maxTravelKm"]);
        Assert.Equal(before, await host.CountAsync("select count(*) from orders"));
        Assert.Equal(0, await host.CountAsync("select count(*) from audit_log where entity_id = 'BAD-1'"));
    }

    [Fact]
    public async Task Missing_fields_slots_and_the_horizon_are_checked()
    {
        using var a = host.As("ent-a");

        using var missing = await a.PostAsJsonAsync("/api/orders", new OrderBody("BAD-2", null, null, null, null, null, null));
        using var slots = await a.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("BAD-3") with { AllowedSlots = ["Sun-AM", "Mon-AM"] });
        using var oneDay = await a.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("BAD-4") with { AllowedSlots = ["Mon-AM", "Mon-PM"] });
        using var outside = await a.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("BAD-5") with { EarliestStart = "2027-01-04", Deadline = "2027-02-01" });

        var missingRules = await Problem.RulesAsync(missing);
        Assert.All(new[] { "course", "trainees", "earliestStart", "deadline", "priority" }, f => Assert.Equal(["required"], missingRules[f]));
        Assert.Equal(["slots"], (await Problem.RulesAsync(slots))["allowedSlots"]);
        Assert.Equal(["slots"], (await Problem.RulesAsync(oneDay))["allowedSlots"]);
        Assert.Equal(["window"], (await Problem.RulesAsync(outside))["earliestStart"]);
        Assert.Equal(0, await host.CountAsync("select count(*) from orders where id like 'BAD-%'"));
    }

    [Fact]
    public async Task A_value_of_the_wrong_json_type_names_its_field()
    {
        using var a = host.As("ent-a");
        using var content = new StringContent("""{"id":"BAD-6","course":"WELD-2","trainees":"many"}""", Encoding.UTF8, "application/json");

        using var response = await a.PostAsync("/api/orders", content);

        Assert.Equal(["type"], (await Problem.RulesAsync(response))["trainees"]);
    }

    [Fact]
    public async Task An_order_is_edited_while_submitted_and_its_enterprise_cannot_change()
    {
        using var a = host.As("ent-a");
        using (var created = await a.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("EDIT-1")))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var edit = await a.PutAsJsonAsync("/api/orders/EDIT-1", OrderAccessTests.Valid("EDIT-1") with { Trainees = 14, Priority = 5 });
        using var move = await a.PutAsJsonAsync("/api/orders/EDIT-1", OrderAccessTests.Valid("EDIT-1") with { Enterprise = "E002" });
        var body = await edit.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(14, body.GetProperty("trainees").GetInt32());
        Assert.Equal(["immutable"], (await Problem.RulesAsync(move))["enterprise"]);
        Assert.Equal(1, await host.CountAsync("select count(*) from orders where id = 'EDIT-1' and trainees = 14 and priority = 5 and enterprise = 'E001'"));
        Assert.Equal(1, await host.CountAsync("select count(*) from audit_log where action = 'order.updated' and entity_id = 'EDIT-1'"));
    }

    [Fact]
    public async Task The_owner_cancels_once_and_a_cancelled_or_approved_order_no_longer_changes()
    {
        using var b = host.As("ent-b");
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await using var approve = connection.CreateCommand();
            approve.CommandText = "update orders set status = 'approved' where id = 'O005'";
            await approve.ExecuteNonQueryAsync();
        }

        using var cancel = await b.PostAsync("/api/orders/O002/cancel", null);
        using var again = await b.PostAsync("/api/orders/O002/cancel", null);
        using var editApproved = await b.PutAsJsonAsync("/api/orders/O005", OrderAccessTests.Valid("O005"));

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var problem = await Problem.AssertAsync(again, HttpStatusCode.Conflict, "order-status");
        Assert.Equal("status", problem.GetProperty("field").GetString());
        await Problem.AssertAsync(editApproved, HttpStatusCode.Conflict, "order-status");
        Assert.Equal(1, await host.CountAsync("select count(*) from audit_log where action = 'order.cancelled' and entity_id = 'O002'"));
        Assert.Equal(3, await host.CountAsync("select trainees from orders where id = 'O005'"));
    }

    [Fact]
    public async Task A_cookie_signed_in_change_needs_the_antiforgery_header_and_a_token_call_does_not()
    {
        using var browser = host.Browser();
        using (var login = await browser.PostAsJsonAsync("/api/auth/login", new { login = "ent-a", password = RunningHost.Password }))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        using var forged = await browser.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("CSRF-1"));
        using var forgedCancel = await browser.PostAsync("/api/orders/O003/cancel", null);
        using var read = await browser.GetAsync("/api/orders/O003");
        using var signedIn = await host.SignedInBrowserAsync("ent-a");
        using var genuine = await signedIn.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("CSRF-2"));
        using var program = host.As("ent-a");
        using var byToken = await program.PostAsJsonAsync("/api/orders", OrderAccessTests.Valid("CSRF-3"));

        var problem = await Problem.AssertAsync(forged, HttpStatusCode.Forbidden, "antiforgery");
        Assert.Equal("X-CSRF-TOKEN", problem.GetProperty("field").GetString());
        await Problem.AssertAsync(forgedCancel, HttpStatusCode.Forbidden, "antiforgery");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Created, genuine.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byToken.StatusCode);
        Assert.Equal(0, await host.CountAsync("select count(*) from orders where id = 'CSRF-1' or (id = 'O003' and status = 'cancelled')"));
    }
}
