using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderMatch.Web.Tests;

public sealed class ReferenceDataTests(OrdersHost host) : IClassFixture<OrdersHost>
{
    [Fact]
    public async Task An_admin_creates_reads_replaces_and_deletes_an_institution_with_offers_and_rooms()
    {
        using var admin = host.As("admin");

        using var created = await admin.PostAsJsonAsync("/api/reference/institutions", Institution("I100", "R02", "I100-W1"));
        var read = await admin.GetFromJsonAsync<JsonElement>("/api/reference/institutions/I100");
        using var replaced = await admin.PutAsJsonAsync("/api/reference/institutions/I100",
            Institution("I100", "R02", "I100-W2") with { Name = "润州区职业技能培训中心" });
        var rooms = await host.ScalarAsync("select string_agg(id, ',') from rooms where institution = 'I100'");
        using var deleted = await admin.DeleteAsync("/api/reference/institutions/I100");
        using var gone = await admin.GetAsync("/api/reference/institutions/I100");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/reference/institutions/I100", created.Headers.Location?.OriginalString);
        Assert.Equal("good", read.GetProperty("grade").GetString());
        Assert.Equal(1500, read.GetProperty("offers")[0].GetProperty("pricePerTrainee").GetDouble());
        Assert.Equal("I100-W1", read.GetProperty("rooms")[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("I100-W2", rooms);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await Problem.AssertAsync(gone, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(3, await host.CountAsync("select count(*) from audit_log where entity = 'institution' and entity_id = 'I100'"));
    }

    [Fact]
    public async Task Field_rules_of_the_format_are_problems_naming_the_field_and_nothing_is_stored()
    {
        using var admin = host.As("admin");
        var bad = new
        {
            id = "I101", name = "x", region = "R09", location = new { lat = 95.0, lon = 119.4 }, grade = "great", creditStars = 9,
            approvedRegions = new[] { "*" }, offers = new[] { new { course = "NOPE", pricePerTrainee = -1.0 } }, maxConcurrentClasses = 1,
            rooms = new[] { new { id = "I101-R", types = new[] { "classroom" }, capacity = 0 } },
        };

        using var response = await admin.PostAsJsonAsync("/api/reference/institutions", bad);
        using var trainer = await admin.PostAsJsonAsync("/api/reference/trainers", new
        {
            id = "T100", name = "钱老师", institution = "I001", location = new { lat = 32.2, lon = 119.4 },
            qualifications = new[] { new { occupation = "6-18-02-04", maxLevel = 7 } }, maxSessionsPerWeek = 4, maxTravelKm = 30,
        });
        using var notJson = await admin.PostAsync("/api/reference/regions", new StringContent("[1,", System.Text.Encoding.UTF8, "application/json"));

        var rules = await Problem.RulesAsync(response);
        Assert.Equal(["required"], rules["email"]);
        Assert.Equal(["enum"], rules["grade"]);
        Assert.Equal(0, await host.CountAsync("select count(*) from institutions where id = 'I101'"));
        Assert.Equal(["range"], (await Problem.RulesAsync(trainer))["qualifications[0].maxLevel"]);
        Assert.Equal(["json"], (await Problem.RulesAsync(notJson))["body"]);
    }

    [Fact]
    public async Task Semantic_rules_name_the_nested_field()
    {
        using var admin = host.As("admin");
        var body = Institution("I102", "R09", "I102-W1") with { CreditStars = 9 };

        using var response = await admin.PostAsJsonAsync("/api/reference/institutions", body with { Offers = [new OfferBody("NOPE", -1)] });

        var rules = await Problem.RulesAsync(response);
        Assert.Equal(["unknown-id"], rules["region"]);
        Assert.Equal(["range"], rules["creditStars"]);
        Assert.Equal(["unknown-id"], rules["offers[0].course"]);
        Assert.Equal(["range"], rules["offers[0].pricePerTrainee"]);
        Assert.Equal(0, await host.CountAsync("select count(*) from institutions where id = 'I102'"));
    }

    [Fact]
    public async Task Taken_ids_and_deleting_what_is_still_referenced_are_conflicts_naming_the_entity()
    {
        using var admin = host.As("admin");

        using var duplicate = await admin.PostAsJsonAsync("/api/reference/institutions", Institution("I001", "R01", "I001-X"));
        using var roomTaken = await admin.PostAsJsonAsync("/api/reference/institutions", Institution("I103", "R01", "B01-W1"));
        using var course = await admin.DeleteAsync("/api/reference/courses/WELD-2");
        using var region = await admin.DeleteAsync("/api/reference/regions/R03");
        using var missing = await admin.DeleteAsync("/api/reference/bases/B99");

        await Problem.AssertAsync(duplicate, HttpStatusCode.Conflict, "duplicate-id");
        var room = await Problem.AssertAsync(roomTaken, HttpStatusCode.Conflict, "conflict");
        Assert.Contains("B01-W1", room.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var courseProblem = await Problem.AssertAsync(course, HttpStatusCode.Conflict, "referenced");
        Assert.Contains("still refer", courseProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var regionProblem = await Problem.AssertAsync(region, HttpStatusCode.Conflict, "referenced");
        Assert.Contains("enterprise", regionProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problem.AssertAsync(missing, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, await host.CountAsync("select count(*) from institutions where id = 'I103'"));
        Assert.Equal(1, await host.CountAsync("select count(*) from courses where id = 'WELD-2'"));
    }

    [Fact]
    public async Task A_coordinator_bound_to_regions_sees_and_changes_only_its_regions_and_no_shared_data()
    {
        using var coordinator = host.As("coord-r01");

        var institutions = await coordinator.GetFromJsonAsync<JsonElement>("/api/reference/institutions");
        var enterprises = await coordinator.GetFromJsonAsync<JsonElement>("/api/reference/enterprises");
        var courses = await coordinator.GetFromJsonAsync<JsonElement>("/api/reference/courses");
        using var outsideRead = await coordinator.GetAsync("/api/reference/institutions/I002");
        using var outsideCreate = await coordinator.PostAsJsonAsync("/api/reference/institutions", Institution("I104", "R02", "I104-W1"));
        using var insideCreate = await coordinator.PostAsJsonAsync("/api/reference/institutions", Institution("I105", "R01", "I105-W1"));
        using var moveOut = await coordinator.PutAsJsonAsync("/api/reference/institutions/I105", Institution("I105", "R02", "I105-W1"));
        using var sharedCourse = await coordinator.PutAsJsonAsync("/api/reference/courses/CARE-1", new
        {
            id = "CARE-1", occupation = "4-10-01-05", occupationName = "养老护理员", level = 1, sessions = 4, sessionsPerWeek = 2, minSize = 5,
            maxSize = 30, roomType = "classroom",
        });

        Assert.Equal(["I001", "I003"], Ids(institutions));
        Assert.Equal(["E001"], Ids(enterprises));
        Assert.Equal(2, courses.GetArrayLength());
        await Problem.AssertAsync(outsideRead, HttpStatusCode.NotFound, "not-found");
        await Problem.AssertAsync(outsideCreate, HttpStatusCode.Forbidden, "region-scope");
        Assert.Equal(HttpStatusCode.Created, insideCreate.StatusCode);
        await Problem.AssertAsync(moveOut, HttpStatusCode.Forbidden, "region-scope");
        await Problem.AssertAsync(sharedCourse, HttpStatusCode.Forbidden, "region-scope");
        Assert.Equal("R01", await host.ScalarAsync("select region from institutions where id = 'I105'"));
        Assert.Equal(0, await host.CountAsync("select count(*) from institutions where id = 'I104'"));
    }

    [Fact]
    public async Task Enterprise_and_institution_users_may_not_touch_reference_data()
    {
        foreach (var login in new[] { "ent-a", "inst" })
        {
            using var client = host.As(login);
            using var list = await client.GetAsync("/api/reference/institutions");
            using var create = await client.PostAsJsonAsync("/api/reference/institutions", Institution("I106", "R01", "I106-W1"));
            using var delete = await client.DeleteAsync("/api/reference/regions/R03");

            await Problem.AssertAsync(list, HttpStatusCode.Forbidden, "role");
            await Problem.AssertAsync(create, HttpStatusCode.Forbidden, "role");
            await Problem.AssertAsync(delete, HttpStatusCode.Forbidden, "role");
        }

        Assert.Equal(0, await host.CountAsync("select count(*) from institutions where id = 'I106'"));
    }

    private static InstitutionBody Institution(string id, string region, string room) => new(
        id, "润州区职业培训学校", region, new LocationBody(32.2, 119.43), "plan@example.cn", "good", 4, ["*"],
        [new OfferBody("WELD-2", 1500)], 2, [new RoomBody(room, ["welding-workshop"], 12)]);

    private static List<string> Ids(JsonElement items) => [.. items.EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    private sealed record InstitutionBody(string Id, string Name, string Region, LocationBody Location, string Email, string Grade, int CreditStars,
        string[] ApprovedRegions, OfferBody[] Offers, int MaxConcurrentClasses, RoomBody[] Rooms);

    private sealed record LocationBody(double Lat, double Lon);

    private sealed record OfferBody(string Course, double PricePerTrainee);

    private sealed record RoomBody(string Id, string[] Types, int Capacity);
}
