using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrderMatch.Web.Tests;

public sealed class OrderUploadTests(OrdersHost host) : IClassFixture<OrdersHost>
{
    [Fact]
    public async Task Good_rows_are_stored_and_bad_rows_reported_by_line_field_and_rule()
    {
        using var a = host.As("ent-a");
        var csv = "\uFEFFpriority,course,trainees,earliestStart,deadline,id,allowedSlots,requiresSubsidy,splittable\r\n"
            + "3,WELD-2,10,2026-01-05,2026-01-31,UP-1,,,\r\n"
            + "3,WELD-2,abc,2026-01-05,2026-01-31,UP-2,,,\r\n"
            + "9,WELD-2,10,2026-01-20,2026-01-10,UP-3,,,\r\n"
            + "\r\n"
            + "4,CARE-1,8,2026-01-05,2026-01-31,UP-4,Fri-PM;Sat-AM Sat-PM,yes,否\r\n"
            + "3,WELD-2,10,2026-01-05,2026-01-31,O001,,,\r\n"
            + "3,NOPE,10,2026-01-05,2026-01-31,UP-5,,,\r\n"
            + "3,WELD-2,10,2026-01-05,2026-01-31,UP-1,,,\r\n"
            + "3,WELD-2,10\r\n";

        using var response = await a.PostAsync("/api/orders/upload", Csv(csv));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = result.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString(), e.GetProperty("rule").GetString())).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["UP-1", "UP-4"], result.GetProperty("stored").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(
        [
            (3, "trainees", "type"), (4, "priority", "range"), (4, "deadline", "window"), (7, "id", "duplicate-id"),
            (8, "course", "unknown-id"), (9, "id", "duplicate-id"), (10, "row", "csv-columns"),
        ], errors);
        Assert.All(result.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())));
        var up4 = await a.GetFromJsonAsync<JsonElement>("/api/orders/UP-4");
        Assert.Equal(["Fri-PM", "Sat-AM", "Sat-PM"], up4.GetProperty("allowedSlots").EnumerateArray().Select(s => s.GetString()));
        Assert.True(up4.GetProperty("requiresSubsidy").GetBoolean());
        Assert.False(up4.GetProperty("splittable").GetBoolean());
        Assert.Equal("E001", up4.GetProperty("enterprise").GetString());
        Assert.Equal(0, await host.CountAsync("select count(*) from orders where id in ('UP-2', 'UP-3', 'UP-5')"));
        Assert.Equal(12, await host.CountAsync("select trainees from orders where id = 'O001'"));
        Assert.Equal(2, await host.CountAsync("select count(*) from audit_log where action = 'order.created' and entity_id in ('UP-1', 'UP-4')"));
    }

    [Fact]
    public async Task An_unusable_header_is_a_problem_and_stores_nothing()
    {
        using var a = host.As("ent-a");
        var before = await host.CountAsync("select count(*) from orders");

        using var unknown = await a.PostAsync("/api/orders/upload", Csv("course,trainees,earliestStart,deadline,colour\nWELD-2,10,2026-01-05,2026-01-31,red\n"));
        using var twice = await a.PostAsync("/api/orders/upload", Csv("course,Course,trainees,earliestStart,deadline,priority\n"));
        using var empty = await a.PostAsync("/api/orders/upload", Csv(""));
        using var unclosed = await a.PostAsync("/api/orders/upload", Csv("course,trainees,earliestStart,deadline,priority\n\"WELD-2,10,2026-01-05,2026-01-31,3\n"));

        var unknownProblem = await ProblemBodyAsync(unknown);
        Assert.Equal(["csv-header", "csv-header"], unknownProblem.Rules["header"]);
        Assert.Contains(unknownProblem.Messages["header"], m => m.Contains("\"colour\"", StringComparison.Ordinal));
        Assert.Contains(unknownProblem.Messages["header"], m => m.Contains("\"priority\" is missing", StringComparison.Ordinal));
        Assert.Equal(["csv-header"], (await Problem.RulesAsync(twice))["header"]);
        Assert.Equal(["empty"], (await Problem.RulesAsync(empty))["header"]);
        Assert.Equal(["csv"], (await Problem.RulesAsync(unclosed))["body"]);
        Assert.Equal(before, await host.CountAsync("select count(*) from orders"));
    }

    [Fact]
    public async Task Rows_for_enterprises_outside_the_callers_scope_are_refused_row_by_row()
    {
        using var a = host.As("ent-a");
        using var coordinator = host.As("coord-r01");
        const string Header = "id,enterprise,course,trainees,earliestStart,deadline,priority\n";

        using var byEnterprise = await a.PostAsync("/api/orders/upload", Csv(Header + "SC-1,E002,WELD-2,10,2026-01-05,2026-01-31,3\nSC-2,E001,WELD-2,10,2026-01-05,2026-01-31,3\n"));
        using var byCoordinator = await coordinator.PostAsync("/api/orders/upload", Csv(Header + "SC-3,E002,WELD-2,10,2026-01-05,2026-01-31,3\nSC-4,E001,WELD-2,10,2026-01-05,2026-01-31,3\nSC-5,,WELD-2,10,2026-01-05,2026-01-31,3\n"));
        var enterpriseResult = await byEnterprise.Content.ReadFromJsonAsync<JsonElement>();
        var coordinatorResult = await byCoordinator.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["SC-2"], enterpriseResult.GetProperty("stored").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(("enterprise", "scope", 2), Error(enterpriseResult, 0));
        Assert.Equal(["SC-4"], coordinatorResult.GetProperty("stored").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(("enterprise", "scope", 2), Error(coordinatorResult, 0));
        Assert.Equal(("enterprise", "required", 4), Error(coordinatorResult, 1));
        Assert.Equal(0, await host.CountAsync("select count(*) from orders where id in ('SC-1', 'SC-3', 'SC-5')"));
    }

    [Fact]
    public async Task A_multipart_file_in_gbk_is_read_when_the_charset_says_so_and_bad_utf8_is_refused()
    {
        using var a = host.As("ent-a");
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes("id,course,trainees,earliestStart,deadline,priority,requiresSubsidy\nGBK-1,WELD-2,10,2026-01-05,2026-01-31,3,是\n");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(gbk);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv; charset=gbk");
        form.Add(file, "file", "orders.csv");
        var badUtf8 = new ByteArrayContent([.. "course,trainees,earliestStart,deadline,priority\n"u8.ToArray(), 0xCA, 0xC7, (byte)'\n']);
        badUtf8.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");

        using var response = await a.PostAsync("/api/orders/upload", form);
        using var refused = await a.PostAsync("/api/orders/upload", badUtf8);
        using var noFile = await a.PostAsync("/api/orders/upload", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        using var json = await a.PostAsJsonAsync("/api/orders/upload", new { });

        Assert.Equal(["GBK-1"], (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stored").EnumerateArray().Select(s => s.GetString()));
        Assert.True((await a.GetFromJsonAsync<JsonElement>("/api/orders/GBK-1")).GetProperty("requiresSubsidy").GetBoolean());
        Assert.Equal(["encoding"], (await Problem.RulesAsync(refused))["body"]);
        Assert.Equal(["required"], (await Problem.RulesAsync(noFile))["file"]);
        Assert.Equal(["content-type"], (await Problem.RulesAsync(json))["body"]);
    }

    [Fact]
    public async Task Institutions_may_not_upload_orders()
    {
        using var institution = host.As("inst");

        using var response = await institution.PostAsync("/api/orders/upload", Csv("course,trainees,earliestStart,deadline,priority,enterprise\nWELD-2,10,2026-01-05,2026-01-31,3,E001\n"));

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "role");
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static (string?, string?, int) Error(JsonElement result, int index)
    {
        var error = result.GetProperty("errors")[index];
        return (error.GetProperty("field").GetString(), error.GetProperty("rule").GetString(), error.GetProperty("row").GetInt32());
    }

    private static async Task<(Dictionary<string, string[]> Rules, Dictionary<string, string[]> Messages)> ProblemBodyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        static Dictionary<string, string[]> Read(JsonElement map) =>
            map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
        return (Read(body.GetProperty("rules")), Read(body.GetProperty("errors")));
    }
}
