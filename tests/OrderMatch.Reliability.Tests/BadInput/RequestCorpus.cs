using System.Text;
using System.Text.Json.Nodes;

namespace OrderMatch.Reliability.Tests.BadInput;

/// <summary>
/// Malformed requests for every endpoint that takes a body, a route value or a query value: generated (each body defect
/// × each body endpoint; each field of an order × each wrong value; each id route × each hostile id) and hand-written.
/// None of them may be accepted, and none may change what is stored.
/// </summary>
public static class RequestCorpus
{
    private const string Json = "application/json";
    private const int TenMegabytes = 10 * 1024 * 1024;

    /// <summary>Ids that try SQL, paths, encodings and sizes; each must be a 404 or 400, never found, never a 500.</summary>
    public static readonly string[] HostileIds =
    [
        "' or '1'='1", "O001' --", "O001; drop table orders", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "O001%00", "%00", "%ff%fe",
        "<script>alert(1)<%2Fscript>", "${jndi:ldap:%2F%2Fx}", "O001%0d%0aSet-Cookie:%20x=1", new string('A', 4000), "%E2%80%AE1000O", "订单",
    ];

    /// <summary>Wrong values for each order field (FORMAT.md §3): wrong types, impossible dates, out-of-range and huge numbers, huge strings.</summary>
    private static readonly Dictionary<string, JsonNode?[]> WrongOrderValues = new(StringComparer.Ordinal)
    {
        ["id"] = ["' or 1=1 --", "../../etc/passwd", "", new string('X', 65), 12, new JsonArray()],
        ["enterprise"] = ["E001'; drop table orders; --", "NOPE", 5, new JsonObject()],
        ["course"] = ["WELD-2' or '1'='1", "", true, new JsonArray("WELD-2")],
        ["trainees"] = [0, -1, 2147483648L, 1.5, "twelve", null, new JsonArray()],
        ["earliestStart"] = ["2026-02-30", "2026-13-01", "12/01/2026", "", 20260112, "2026-01-12T25:00:00"],
        ["deadline"] = ["2026-02-30", "2025-01-01", "not a date", false],
        ["priority"] = [0, 6, -2147483648L, "high", 3.5],
        ["splittable"] = ["yes", 1, new JsonObject()],
        ["minChunk"] = [0, 1000, "five"],
        ["maxTravelKm"] = [-1, "far", new JsonArray()],
        ["maxPricePerTrainee"] = [-5, "cheap"],
        ["requiresSubsidy"] = ["true", 0],
        ["allowedSlots"] = [new JsonArray("Mon-XX"), new JsonArray("Sun-AM' or 1=1"), "Mon-AM", new JsonArray(1, 2), new JsonArray(new JsonArray())],
    };

    public static IReadOnlyList<BadRequest> Build(long proposedPlan)
    {
        var cases = new List<BadRequest>();
        foreach (var (caller, method, path) in BodyEndpoints(proposedPlan))
        {
            cases.AddRange(BodyDefects(path.Contains("/approve", StringComparison.Ordinal) || path == "/api/runs")
                .Select(d => new BadRequest(caller, method, path, d.Body, d.ContentType, d.Defect)));
        }

        foreach (var (field, values) in WrongOrderValues)
        {
            foreach (var value in values)
            {
                var order = ValidOrder();
                order[field] = value?.DeepClone();
                var text = order.ToJsonString();
                cases.Add(new BadRequest("ent-a", "POST", "/api/orders", Encoding.UTF8.GetBytes(text), Json, $"{field} = {Short(value)}"));
                order.Remove("id");
                cases.Add(new BadRequest("ent-a", "PUT", "/api/orders/O003", Encoding.UTF8.GetBytes(order.ToJsonString()), Json, $"approved order, {field} = {Short(value)}"));
            }
        }

        foreach (var id in HostileIds)
        {
            cases.Add(new BadRequest("admin", "GET", $"/api/orders/{id}", null, null, $"order id {Short(id)}"));
            cases.Add(new BadRequest("admin", "PUT", $"/api/orders/{id}", Encoding.UTF8.GetBytes(ValidOrder().ToJsonString()), Json, $"order id {Short(id)}"));
            cases.Add(new BadRequest("admin", "POST", $"/api/orders/{id}/cancel", null, null, $"order id {Short(id)}"));
            cases.Add(new BadRequest("admin", "GET", $"/api/orders/{id}/placement", null, null, $"order id {Short(id)}"));
            cases.Add(new BadRequest("admin", "GET", $"/api/reference/regions/{id}", null, null, $"region id {Short(id)}"));
            cases.Add(new BadRequest("admin", "DELETE", $"/api/reference/courses/{id}", null, null, $"course id {Short(id)}"));
            cases.Add(new BadRequest("admin", "GET", $"/api/plans/{proposedPlan}/classes/{id}", null, null, $"class id {Short(id)}"));
            cases.Add(new BadRequest("admin", "DELETE", $"/api/plans/{proposedPlan}/classes/{id}/pin", null, null, $"class id {Short(id)}"));
            cases.Add(new BadRequest("admin", "GET", $"/respond/{id}", null, null, $"token {Short(id)}"));
        }

        foreach (var id in new[] { "99999999999999999999", "-1", "0", "1.5", "1e3", "0x10", "1;select 1", "%20" })
        {
            cases.Add(new BadRequest("admin", "GET", $"/api/plans/{id}", null, null, $"plan id {id}"));
            cases.Add(new BadRequest("admin", "POST", $"/api/plans/{id}/approve", null, null, $"plan id {id}"));
            cases.Add(new BadRequest("admin", "GET", $"/api/runs/{id}", null, null, $"run id {id}"));
            cases.Add(new BadRequest("admin", "POST", $"/api/runs/{id}/cancel", null, null, $"run id {id}"));
            cases.Add(new BadRequest("admin", "POST", $"/api/outbox/{id}/retry", null, null, $"message id {id}"));
        }

        foreach (var query in new[] { "status=nope", "status=approved'%20or%201=1--", "status=", "status=approved&status=x", $"status={new string('s', 3000)}" })
        {
            cases.Add(new BadRequest("admin", "GET", $"/api/orders?{query}", null, null, $"order query {Short(query)}"));
            cases.Add(new BadRequest("admin", "GET", $"/api/plans?{query}", null, null, $"plan query {Short(query)}"));
            cases.Add(new BadRequest("admin", "GET", $"/api/outbox?{query}", null, null, $"outbox query {Short(query)}"));
        }

        foreach (var query in new[] { "unread=maybe", "unread=1", "unread=%00" })
        {
            cases.Add(new BadRequest("admin", "GET", $"/api/notifications/declines?{query}", null, null, $"declines query {query}"));
        }

        cases.AddRange(HandWritten(proposedPlan));
        return cases;
    }

    /// <summary>A FORMAT.md §3 order that passes every rule (enterprise E001, course WELD-2).</summary>
    public static JsonObject ValidOrder() => new()
    {
        ["id"] = "O-REL-1", ["enterprise"] = "E001", ["course"] = "WELD-2", ["trainees"] = 12,
        ["earliestStart"] = "2026-01-12", ["deadline"] = "2026-03-27", ["priority"] = 3,
    };

    /// <summary>Endpoints that read a JSON body (or a form), with a caller allowed to use them.</summary>
    private static IEnumerable<(string Caller, string Method, string Path)> BodyEndpoints(long proposedPlan)
    {
        yield return ("anonymous", "POST", "/api/auth/login");
        yield return ("ent-a", "POST", "/api/orders");
        yield return ("ent-a", "PUT", "/api/orders/O003");
        yield return ("admin", "POST", "/api/runs");
        yield return ("admin", "POST", $"/api/plans/{proposedPlan}/approve");
        yield return ("admin", "POST", $"/api/plans/{proposedPlan}/reject");
        yield return ("admin", "POST", $"/api/plans/{proposedPlan}/classes/K001/pin");
        foreach (var collection in new[] { "regions", "enterprises", "courses", "institutions", "trainers", "bases" })
        {
            yield return ("admin", "POST", $"/api/reference/{collection}");
        }

        yield return ("admin", "PUT", "/api/reference/regions/R01");
        yield return ("admin", "PUT", "/api/reference/institutions/I001");
    }

    /// <summary>
    /// What can be wrong with a JSON body. <paramref name="emptyMeansDefaults"/>: the endpoint treats an absent body as
    /// "all defaults" (approve without comment, a run with default options), so an empty or null body is left out.
    /// </summary>
    private static IEnumerable<(string Defect, byte[] Body, string ContentType)> BodyDefects(bool emptyMeansDefaults)
    {
        if (!emptyMeansDefaults)
        {
            yield return ("empty body", [], Json);
            yield return ("null", Bytes("null"), Json);
        }

        yield return ("broken JSON", Bytes("{\"login\": "), Json);
        yield return ("unclosed string", Bytes("{\"comment\": \"abc"), Json);
        yield return ("trailing garbage", Bytes("{}}"), Json);
        yield return ("single quotes", Bytes("{'comment': 'x'}"), Json);
        yield return ("array instead of object", Bytes("[1,2,3]"), Json);
        yield return ("number instead of object", Bytes("42"), Json);
        yield return ("string instead of object", Bytes("\"hello\""), Json);
        yield return ("comment in JSON", Bytes("/* x */ {\"comment\": 1}"), Json);
        yield return ("invalid UTF-8", [(byte)'{', (byte)'"', 0xC3, 0x28, 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}'], Json);
        yield return ("UTF-16 body declared UTF-8", Encoding.Unicode.GetBytes("{\"comment\": 1}"), Json);
        yield return ("deep nesting", Bytes("{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}"), Json);
        yield return ("huge number", Bytes("{\"timeLimitSeconds\": 1e999, \"keep\": 1e999, \"trainees\": 1e999, \"comment\": 1e999, \"login\": 1e999}"), Json);
        yield return ("wrong types everywhere", Bytes("{\"timeLimitSeconds\": \"x\", \"keep\": 5, \"trainees\": \"x\", \"comment\": [], \"login\": {}, \"id\": 7}"), Json);
        yield return ("XML body", Bytes("<order><id>1</id></order>"), "application/xml");
        yield return ("form instead of JSON", Bytes("comment=x&login=y"), "application/x-www-form-urlencoded");
        yield return ("10 MB array", TenMegabyteArray(), Json);
        yield return ("10 MB unterminated string", Bytes("{\"comment\": \"" + new string('A', TenMegabytes)), Json);
    }

    private static IEnumerable<BadRequest> HandWritten(long proposedPlan)
    {
        var huge = ValidOrder();
        huge["course"] = new string('C', TenMegabytes);
        yield return new BadRequest("ent-a", "POST", "/api/orders", Bytes(huge.ToJsonString()), Json, "10 MB course id");
        var extra = ValidOrder();
        extra["status"] = "approved";
        extra["trainees"] = -3;
        yield return new BadRequest("ent-a", "POST", "/api/orders", Bytes(extra.ToJsonString()), Json, "extra status field with a bad count");
        var missing = ValidOrder();
        missing.Remove("course");
        missing.Remove("deadline");
        yield return new BadRequest("ent-a", "POST", "/api/orders", Bytes(missing.ToJsonString()), Json, "missing course and deadline");
        yield return new BadRequest("ent-a", "POST", "/api/orders", Bytes("{\"id\":\"O-DUP\",\"id\":\"O-DUP2\",\"trainees\":0}"), Json, "duplicate key");
        yield return new BadRequest("admin", "POST", "/api/reference/regions", Bytes("{\"id\":\"R09\",\"name\":\"" + new string('区', 5 * 1024 * 1024) + "\",\"subsidyScope\":\"local\"}"), Json, "15 MB region name");
        yield return new BadRequest("admin", "POST", "/api/reference/regions", Bytes("{\"id\":\"R01\",\"id\":\"R08\",\"name\":\"x\",\"subsidyScope\":\"local\"}"), Json, "duplicate key, id taken");
        yield return new BadRequest("admin", "POST", "/api/reference/regions", Bytes("{\"id\":\"R01\",\"name\":\"x\",\"subsidyScope\":\"local\"}"), Json, "id taken");
        yield return new BadRequest("admin", "POST", "/api/reference/regions", Bytes("{\"id\":\"../R09\",\"name\":\"x\",\"subsidyScope\":\"everywhere\"}"), Json, "path id, unknown scope");
        yield return new BadRequest("admin", "POST", "/api/reference/courses", Bytes("{\"id\":\"C-X\",\"occupation\":\"x\",\"occupationName\":\"x\",\"level\":9,\"sessions\":-1,\"sessionsPerWeek\":0,\"minSize\":50,\"maxSize\":10,\"roomType\":\"\"}"), Json, "course out of every range");
        yield return new BadRequest("admin", "POST", "/api/runs", Bytes("{\"timeLimitSeconds\": 0, \"threads\": 1000, \"seed\": -1}"), Json, "run options out of range");
        yield return new BadRequest("admin", "POST", "/api/runs", Bytes("{\"timeLimitSeconds\": 1e308}"), Json, "run time limit 1e308");
        yield return new BadRequest("admin", "POST", $"/api/plans/{proposedPlan}/reject", Bytes("{\"comment\": \"   \"}"), Json, "blank reject comment");
        yield return new BadRequest("admin", "POST", $"/api/plans/{proposedPlan}/classes/K001/pin", Bytes("{\"keep\": [\"institution\", \"colour\"]}"), Json, "unknown pinned decision");
        yield return new BadRequest("admin", "POST", $"/api/plans/{proposedPlan}/classes/K001/pin", Bytes("{\"keep\": []}"), Json, "nothing to keep");
        yield return new BadRequest("anonymous", "POST", "/api/auth/login", Bytes("{\"login\": \"admin' --\", \"password\": \"' or '1'='1\"}"), Json, "SQL in login and password");
        yield return new BadRequest("anonymous", "POST", "/api/auth/login", Bytes("{\"login\": \"" + new string('a', 100_000) + "\", \"password\": \"x\"}"), Json, "100 kB login");
        yield return new BadRequest("anonymous", "POST", "/respond/AAAA.BBBB", Bytes("reason=x"), "application/x-www-form-urlencoded", "forged link");
        yield return new BadRequest("anonymous", "POST", "/api/orders", Bytes(ValidOrder().ToJsonString()), Json, "no credentials");
        yield return new BadRequest("anonymous", "GET", "/api/orders", null, null, "no credentials");
    }

    private static byte[] TenMegabyteArray()
    {
        var builder = new StringBuilder(TenMegabytes + 2).Append('[');
        while (builder.Length < TenMegabytes)
        {
            builder.Append("1234567,");
        }

        return Bytes(builder.Append("1]").ToString());
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Short(object? value)
    {
        var text = value switch { null => "null", JsonNode node => node.ToJsonString(), _ => value.ToString() ?? "" };
        return text.Length > 40 ? $"{text[..20]}…({text.Length} chars)" : text;
    }
}
