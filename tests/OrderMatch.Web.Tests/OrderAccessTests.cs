using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderMatch.Web.Tests;

public sealed class OrderAccessTests(OrdersHost host) : IClassFixture<OrdersHost>
{
    [Fact]
    public async Task Each_enterprise_lists_only_its_own_orders()
    {
        using var a = host.As("ent-a");
        using var b = host.As("ent-b");

        var listedByA = await a.GetFromJsonAsync<JsonElement>("/api/orders");
        var listedByB = await b.GetFromJsonAsync<JsonElement>("/api/orders");

        Assert.All(listedByA.EnumerateArray(), o => Assert.Equal("E001", o.GetProperty("enterprise").GetString()));
        Assert.All(listedByB.EnumerateArray(), o => Assert.Equal("E002", o.GetProperty("enterprise").GetString()));
        Assert.Superset(new HashSet<string> { "O001", "O003" }, new HashSet<string>(await IdsAsync(a, "/api/orders?status=submitted")));
        Assert.Superset(new HashSet<string> { "O002", "O005" }, new HashSet<string>(await IdsAsync(b, "/api/orders?status=submitted")));
    }

    [Fact]
    public async Task An_enterprise_cannot_read_edit_or_cancel_another_enterprises_order_while_the_owner_can_read_it()
    {
        using var a = host.As("ent-a");
        using var b = host.As("ent-b");

        using var read = await a.GetAsync("/api/orders/O002");
        using var edit = await a.PutAsJsonAsync("/api/orders/O002", Valid("O002"));
        using var cancel = await a.PostAsync("/api/orders/O002/cancel", null);
        var own = await b.GetFromJsonAsync<JsonElement>("/api/orders/O002");

        await Problem.AssertAsync(read, HttpStatusCode.NotFound, "not-found");
        await Problem.AssertAsync(edit, HttpStatusCode.NotFound, "not-found");
        await Problem.AssertAsync(cancel, HttpStatusCode.NotFound, "not-found");
        Assert.Equal("E002", own.GetProperty("enterprise").GetString());
        Assert.Equal(6, own.GetProperty("trainees").GetInt32());
        Assert.Equal(0, await host.CountAsync("select count(*) from audit_log where entity = 'order' and entity_id = 'O002'"));
    }

    [Fact]
    public async Task An_enterprise_cannot_order_for_another_enterprise()
    {
        using var a = host.As("ent-a");

        using var response = await a.PostAsJsonAsync("/api/orders", Valid("A-FOR-B") with { Enterprise = "E002" });

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "scope");
        Assert.Equal(0, await host.CountAsync("select count(*) from orders where id = 'A-FOR-B'"));
    }

    [Fact]
    public async Task A_coordinator_sees_and_orders_only_for_enterprises_of_its_regions()
    {
        using var coordinator = host.As("coord-r01");

        var listed = await IdsAsync(coordinator, "/api/orders");
        using var outside = await coordinator.GetAsync("/api/orders/O002");
        using var forOutside = await coordinator.PostAsJsonAsync("/api/orders", Valid("C-E002") with { Enterprise = "E002" });
        using var forInside = await coordinator.PostAsJsonAsync("/api/orders", Valid("C-E001") with { Enterprise = "E001" });

        Assert.DoesNotContain(listed, id => id is "O002" or "O004" or "O005");
        Assert.Contains("O001", listed);
        Assert.Contains("O003", listed);
        await Problem.AssertAsync(outside, HttpStatusCode.NotFound, "not-found");
        await Problem.AssertAsync(forOutside, HttpStatusCode.Forbidden, "scope");
        Assert.Equal(HttpStatusCode.Created, forInside.StatusCode);
        Assert.Equal(1, await host.CountAsync("select count(*) from orders where id = 'C-E001' and enterprise = 'E001'"));
    }

    [Fact]
    public async Task An_admin_sees_every_order()
    {
        using var admin = host.As("admin");

        var listed = await IdsAsync(admin, "/api/orders");

        Assert.Equal(await host.CountAsync("select count(*) from orders"), listed.Count);
    }

    [Fact]
    public async Task Institution_users_cannot_touch_orders()
    {
        using var institution = host.As("inst");

        using var list = await institution.GetAsync("/api/orders");
        using var read = await institution.GetAsync("/api/orders/O001");
        using var create = await institution.PostAsJsonAsync("/api/orders", Valid("I-ORDER") with { Enterprise = "E001" });
        using var cancel = await institution.PostAsync("/api/orders/O001/cancel", null);

        foreach (var response in new[] { list, read, create, cancel })
        {
            await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "role");
        }

        Assert.Equal(0, await host.CountAsync("select count(*) from orders where id = 'I-ORDER' or status = 'cancelled' and id = 'O001'"));
    }

    internal static OrderBody Valid(string id) =>
        new(id, null, "WELD-2", 10, "2026-01-05", "2026-01-31", 3, MinChunk: 2);

    private static async Task<List<string>> IdsAsync(HttpClient client, string path)
    {
        var orders = await client.GetFromJsonAsync<JsonElement>(path);
        return [.. orders.EnumerateArray().Select(o => o.GetProperty("id").GetString()!)];
    }
}
