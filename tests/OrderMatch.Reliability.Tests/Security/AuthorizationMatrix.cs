namespace OrderMatch.Reliability.Tests.Security;

/// <summary>
/// Every endpoint × every role × own/other resource → the status, in one table. Callers, left to right: anonymous;
/// enterprise E001 (owns O001, region R01); enterprise E002 (another's order); institution I001; coordinator of R01
/// (own region); coordinator of R02 (other region); coordinator of all regions; admin. O001 is approved; the plan in
/// force holds classes in R01 and R02 and unassigned demand of R02 and R03. Requests that pass authorization are chosen
/// so that they change nothing (a rule they break, a status that forbids the change, an id that does not exist).
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly string[] Callers = ["anonymous", "ent-a", "ent-b", "inst-1", "coord-r01", "coord-r02", "coord", "admin"];

    private const string Planning200 = "401 403 403 403 200 200 200 200";
    private const string Planning404 = "401 403 403 403 404 404 404 404";
    private const string Planning400 = "401 403 403 403 400 400 400 400";
    private const string Signed200 = "401 200 200 200 200 200 200 200";
    private const string CsvHeader = "id,enterprise,course,trainees,earliestStart,deadline,priority\n";

    public static IReadOnlyList<MatrixRow> Rows(long inForce, long proposed)
    {
        var p = proposed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var f = inForce.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = new List<MatrixRow>
        {
            MatrixRow.Of("GET", "/health", "/health", "200 200 200 200 200 200 200 200"),
            MatrixRow.Of("GET", "/openapi/{documentName}.json", "/openapi/v1.json", "200 200 200 200 200 200 200 200"),
            MatrixRow.Of("POST", "/api/auth/login", "/api/auth/login", "400 400 400 400 400 400 400 400", "{}"),
            MatrixRow.Of("POST", "/api/auth/logout", "/api/auth/logout", "401 204 204 204 204 204 204 204"),
            MatrixRow.Of("GET", "/api/auth/csrf", "/api/auth/csrf", Signed200),
            MatrixRow.Of("GET", "/api/me", "/api/me", Signed200),

            MatrixRow.Of("GET", "/api/orders", "/api/orders", "401 200 200 403 200 200 200 200"),
            MatrixRow.Of("GET", "/api/orders/{id}", "/api/orders/O001", "401 200 404 403 200 404 200 200"),
            MatrixRow.Of("GET", "/api/orders/{id}", "/api/orders/O002", "401 404 200 403 404 200 200 200"),
            MatrixRow.Of("POST", "/api/orders", "/api/orders", "401 403 400 403 403 400 400 400", """{"enterprise":"E002","trainees":0}"""),
            MatrixRow.Of("POST", "/api/orders/upload", "/api/orders/upload", "401 200 200 403 200 200 200 200", CsvHeader, "text/csv"),
            MatrixRow.Of("GET", "/api/orders/{id}/placement", "/api/orders/O001/placement", "401 200 404 403 200 404 200 200"),
            MatrixRow.Of("PUT", "/api/orders/{id}", "/api/orders/O001", "401 400 404 403 400 404 400 400", """{"trainees":0}"""),
            MatrixRow.Of("POST", "/api/orders/{id}/cancel", "/api/orders/O001/cancel", "401 409 404 403 409 404 409 409"),

            MatrixRow.Of("POST", "/api/runs", "/api/runs", Planning400, """{"timeLimitSeconds":-5}"""),
            MatrixRow.Of("GET", "/api/runs", "/api/runs", Planning200),
            MatrixRow.Of("GET", "/api/runs/{id:long}", "/api/runs/999999", Planning404),
            MatrixRow.Of("POST", "/api/runs/{id:long}/cancel", "/api/runs/999999/cancel", Planning404),
            MatrixRow.Of("GET", "/api/runs/{id:long}/events", "/api/runs/999999/events", Planning404),

            MatrixRow.Of("GET", "/api/plans", "/api/plans", Planning200),
            MatrixRow.Of("GET", "/api/plans/{id:long}", $"/api/plans/{p}", Planning200),
            MatrixRow.Of("GET", "/api/plans/{id:long}", "/api/plans/999999", Planning404),
            MatrixRow.Of("GET", "/api/plans/{id:long}/export", $"/api/plans/{p}/export", "401 403 403 403 403 403 200 200"),
            MatrixRow.Of("GET", "/api/plans/{id:long}/export.csv", $"/api/plans/{p}/export.csv", Planning200),
            MatrixRow.Of("GET", "/api/plans/{id:long}/export.ics", $"/api/plans/{p}/export.ics", Planning200),
            MatrixRow.Of("GET", "/api/plans/{id:long}/classes", $"/api/plans/{p}/classes", Planning200),
            MatrixRow.Of("GET", "/api/plans/{id:long}/classes/{classId}", $"/api/plans/{p}/classes/K001", "401 403 403 403 200 404 200 200"),
            MatrixRow.Of("GET", "/api/plans/{id:long}/classes/{classId}", $"/api/plans/{p}/classes/K002", "401 403 403 403 404 200 200 200"),
            MatrixRow.Of("GET", "/api/plans/{id:long}/unassigned", $"/api/plans/{p}/unassigned", Planning200),
            MatrixRow.Of("GET", "/api/plans/{id:long}/diff", $"/api/plans/{p}/diff", Planning200),
            MatrixRow.Of("POST", "/api/plans/{id:long}/approve", $"/api/plans/{f}/approve", "401 403 403 403 403 403 409 409"),
            MatrixRow.Of("POST", "/api/plans/{id:long}/reject", $"/api/plans/{f}/reject", "401 403 403 403 403 403 409 409", """{"comment":"no"}"""),
            MatrixRow.Of("GET", "/api/pins", "/api/pins", Planning200),
            MatrixRow.Of("POST", "/api/plans/{id:long}/classes/{classId}/pin", $"/api/plans/{p}/classes/K999/pin", Planning404, """{"keep":"class"}"""),
            MatrixRow.Of("DELETE", "/api/plans/{id:long}/classes/{classId}/pin", $"/api/plans/{p}/classes/K001/pin", Planning404),

            MatrixRow.Of("GET", "/api/outbox", "/api/outbox", Planning200),
            MatrixRow.Of("POST", "/api/outbox/{id:long}/retry", "/api/outbox/999999/retry", Planning404),
            MatrixRow.Of("GET", "/api/notifications/summary", "/api/notifications/summary", Planning200),
            MatrixRow.Of("GET", "/api/notifications/declines", "/api/notifications/declines", Planning200),
            MatrixRow.Of("POST", "/api/notifications/declines/seen", "/api/notifications/declines/seen", Planning200),
            MatrixRow.Of("GET", "/respond/{token}", "/respond/not-a-link", "400 400 400 400 400 400 400 400"),
            MatrixRow.Of("POST", "/respond/{token}", "/respond/not-a-link", "400 400 400 400 400 400 400 400"),
            MatrixRow.Of("GET", "/api/institution/classes", "/api/institution/classes", "401 403 403 200 403 403 403 403"),
        };
        rows.AddRange(Reference("regions", "R01", own: "400", other: "400", ownDelete: "409", otherDelete: "403", otherRead: "200"));
        rows.AddRange(Reference("courses", "WELD-2", own: "400", other: "400", ownDelete: "403", otherDelete: "403", otherRead: "200", allDelete: "409"));
        rows.AddRange(Reference("institutions", "I001", own: "400", other: "404", ownDelete: "409", otherDelete: "404", otherRead: "404"));
        rows.AddRange(Reference("trainers", "T001", own: "400", other: "404", ownDelete: "409", otherDelete: "404", otherRead: "404"));
        rows.AddRange(Reference("enterprises", "E001", own: "400", other: "404", ownDelete: "409", otherDelete: "404", otherRead: "404"));
        rows.AddRange(Reference("bases", "B01", own: "404", other: "400", ownDelete: "404", otherDelete: "409", otherRead: "200", ownRead: "404"));
        return rows;
    }

    /// <summary>
    /// The five endpoints of one reference collection; "own" is coord-r01 (R01) and "other" coord-r02, on the entity
    /// <paramref name="id"/>. Writes send an empty object (invalid) so that an authorized caller gets 400.
    /// </summary>
    private static IEnumerable<MatrixRow> Reference(string collection, string id, string own, string other, string ownDelete, string otherDelete,
        string otherRead, string ownRead = "200", string allDelete = "409")
    {
        var list = $"/api/reference/{collection}";
        yield return MatrixRow.Of("GET", list, list, Planning200);
        yield return MatrixRow.Of("GET", $"{list}/{{id}}", $"{list}/{id}", $"401 403 403 403 {ownRead} {otherRead} 200 200");
        yield return MatrixRow.Of("GET", $"{list}/{{id}}", $"{list}/NO-SUCH-ID", Planning404);
        yield return MatrixRow.Of("POST", list, list, Planning400, "{}");
        yield return MatrixRow.Of("PUT", $"{list}/{{id}}", $"{list}/{id}", $"401 403 403 403 {own} {other} 400 400", "{}");
        yield return MatrixRow.Of("DELETE", $"{list}/{{id}}", $"{list}/{id}", $"401 403 403 403 {ownDelete} {otherDelete} {allDelete} {allDelete}");
    }
}
