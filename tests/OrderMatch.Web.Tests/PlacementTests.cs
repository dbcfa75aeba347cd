using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderMatch.Web.Tests;

public sealed class PlacementTests(ReviewHost host) : IClassFixture<ReviewHost>
{
    [Fact]
    public async Task An_institution_sees_only_its_own_classes_of_the_plan_in_force_with_sessions_and_enterprises()
    {
        using var i001 = host.As("inst-1");
        using var i002 = host.As("inst-2");

        var first = await i001.GetFromJsonAsync<JsonElement>("/api/institution/classes");
        var second = await i002.GetFromJsonAsync<JsonElement>("/api/institution/classes");

        Assert.Equal(["K001", "K003"], first.EnumerateArray().Select(k => k.GetProperty("id").GetString()));
        Assert.All(first.EnumerateArray(), k => Assert.Equal("I001", k.GetProperty("institution").GetString()));
        Assert.Equal(6, first[0].GetProperty("sessions").GetArrayLength());
        var enrollment = first[0].GetProperty("enrollments")[0];
        Assert.Equal(("E001", "某海工装备有限公司", 12), (enrollment.GetProperty("enterprise").GetString(), enrollment.GetProperty("enterpriseName").GetString(), enrollment.GetProperty("trainees").GetInt32()));
        Assert.Equal(["K002"], second.EnumerateArray().Select(k => k.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Other_roles_cannot_read_institution_classes()
    {
        foreach (var login in new[] { "ent-a", "coord", "admin" })
        {
            using var client = host.As(login);
            using var response = await client.GetAsync("/api/institution/classes");
            await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "role");
        }
    }

    [Fact]
    public async Task An_enterprise_sees_where_its_approved_order_trains_and_nothing_of_other_enterprises()
    {
        using var a = host.As("ent-a");
        using var b = host.As("ent-b");
        using var coordinator = host.As("coord-r01");

        var placement = await a.GetFromJsonAsync<JsonElement>("/api/orders/O001/placement");
        using var others = await a.GetAsync("/api/orders/O002/placement");
        var own = await b.GetFromJsonAsync<JsonElement>("/api/orders/O002/placement");
        using var outsideRegion = await coordinator.GetAsync("/api/orders/O002/placement");
        using var notApproved = await b.GetAsync("/api/orders/O005/placement");
        using var institution = await host.As("inst-1").GetAsync("/api/orders/O001/placement");

        Assert.Equal(host.InForceId, placement.GetProperty("planId").GetInt64());
        var k001 = Assert.Single(placement.GetProperty("classes").EnumerateArray());
        Assert.Equal(("K001", "镇江技师学院", "王师傅", 12), (k001.GetProperty("classId").GetString(), k001.GetProperty("institutionName").GetString(),
            k001.GetProperty("trainerName").GetString(), k001.GetProperty("trainees").GetInt32()));
        Assert.Equal(6, k001.GetProperty("sessions").GetArrayLength());
        Assert.False(k001.TryGetProperty("enrollments", out _));
        await Problem.AssertAsync(others, HttpStatusCode.NotFound, "not-found");
        Assert.Equal("K002", own.GetProperty("classes")[0].GetProperty("classId").GetString());
        await Problem.AssertAsync(outsideRegion, HttpStatusCode.NotFound, "not-found");
        var problem = await Problem.AssertAsync(notApproved, HttpStatusCode.Conflict, "order-status");
        Assert.Equal("status", problem.GetProperty("field").GetString());
        await Problem.AssertAsync(institution, HttpStatusCode.Forbidden, "role");
    }
}
