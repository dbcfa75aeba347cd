using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderMatch.Reliability.Tests.Support;

namespace OrderMatch.Reliability.Tests.Security;

public sealed class InjectionAndLogTests(ReliabilityHost host) : IClassFixture<ReliabilityHost>
{
    public static readonly string[] Injections =
    [
        "'; drop table orders; --", "\" or \"1\"=\"1", "') or ('1'='1", "1; select pg_sleep(5)", "$$; delete from users; $$",
        "\\'; truncate audit_log; --", "<script>alert('x')</script>", "王'); drop table regions; --",
    ];

    [Fact]
    public async Task Sql_in_every_text_field_comes_back_verbatim_and_changes_nothing_else()
    {
        using var admin = host.As("admin");
        var tables = await TableCountsAsync();
        var checkedFields = 0;
        foreach (var (text, n) in Injections.Select((t, i) => (t, i)))
        {
            var region = new { id = $"R-INJ-{n}", name = text, alliance = text, subsidyScope = "local" };
            using var created = await admin.PostAsJsonAsync("/api/reference/regions", region);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var read = await admin.GetFromJsonAsync<JsonElement>($"/api/reference/regions/R-INJ-{n}");
            Assert.Equal(text, read.GetProperty("name").GetString());
            Assert.Equal(text, read.GetProperty("alliance").GetString());
            var enterprise = new { id = $"E-INJ-{n}", name = text, region = $"R-INJ-{n}", location = new { lat = 32.2, lon = 119.4 }, size = "small" };
            using var enterpriseCreated = await admin.PostAsJsonAsync("/api/reference/enterprises", enterprise);
            Assert.Equal(HttpStatusCode.Created, enterpriseCreated.StatusCode);
            Assert.Equal(text, (await admin.GetFromJsonAsync<JsonElement>($"/api/reference/enterprises/E-INJ-{n}")).GetProperty("name").GetString());
            checkedFields += 3;

            using var queried = await admin.GetAsync(new Uri($"/api/plans/{host.ProposedId}/classes?institution={Uri.EscapeDataString(text)}&trainer={Uri.EscapeDataString(text)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, queried.StatusCode);
            Assert.Equal(0, (await queried.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
            using var login = await host.Browser().PostAsJsonAsync("/api/auth/login", new { login = text, password = text });
            Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
            using var rejected = await admin.PostAsJsonAsync($"/api/plans/{host.InForceId}/reject", new { comment = text });
            Assert.Equal(HttpStatusCode.Conflict, rejected.StatusCode);
            checkedFields += 4;
        }

        var after = await TableCountsAsync();
        Assert.Equal(Injections.Length * 7, checkedFields);
        foreach (var (table, count) in tables)
        {
            var expected = table switch
            {
                "regions" or "enterprises" => count + Injections.Length,
                "audit_log" => count + (2 * Injections.Length),
                _ => count,
            };
            Assert.True(after[table] == expected, $"{table}: {count} rows before, {after[table]} after, {expected} expected");
        }
    }

    [Fact]
    public async Task No_password_token_connection_string_or_link_key_reaches_the_log()
    {
        using var browser = host.Browser();
        using (await browser.PostAsJsonAsync("/api/auth/login", new { login = "admin", password = ReliabilityHost.Password }))
        {
        }

        using (await browser.PostAsJsonAsync("/api/auth/login", new { login = "admin", password = "wrong-" + ReliabilityHost.Password }))
        {
        }

        using var program = host.As("coord");
        using (await program.GetAsync(new Uri("/api/orders", UriKind.Relative)))
        {
        }

        using var forged = host.As("admin");
        forged.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "forged-token-value-0123456789");
        using (await forged.GetAsync(new Uri("/api/me", UriKind.Relative)))
        {
        }

        var log = host.Logs.Text;
        var databasePassword = new Npgsql.NpgsqlConnectionStringBuilder(host.App.Configuration["ConnectionStrings:OrderMatch"]).Password!;
        var linkKey = await host.DataSourceQueryAsync<string>("select encode(key, 'base64') from link_signing_key");

        Assert.True(host.Logs.Lines.Count > 20, $"only {host.Logs.Lines.Count} log lines were captured");
        Assert.DoesNotContain(ReliabilityHost.Password, log, StringComparison.Ordinal);
        Assert.DoesNotContain("forged-token-value-0123456789", log, StringComparison.Ordinal);
        Assert.All(host.Tokens.Values, token => Assert.DoesNotContain(token, log, StringComparison.Ordinal));
        Assert.DoesNotContain($"Password={databasePassword}", log, StringComparison.OrdinalIgnoreCase);
        Assert.All(linkKey, key => Assert.DoesNotContain(key, log, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("anonymous", "GET", "/static/site.css", HttpStatusCode.OK)]
    [InlineData("anonymous", "GET", "/static/no-such-file.js", HttpStatusCode.Redirect)]
    [InlineData("admin", "GET", "/static/no-such-file.js", HttpStatusCode.NotFound)]
    [InlineData("admin", "GET", "/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("admin", "DELETE", "/api/me", HttpStatusCode.MethodNotAllowed)]
    [InlineData("anonymous", "GET", "/Login", HttpStatusCode.OK)]
    [InlineData("anonymous", "GET", "/Orders", HttpStatusCode.Redirect)]
    [InlineData("ent-a", "GET", "/Audit", HttpStatusCode.Forbidden)]
    public async Task Static_files_pages_and_errors_carry_the_security_headers(string caller, string method, string path, HttpStatusCode status)
    {
        using var client = host.As(caller);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        SecurityHeaderAssert.Holds(response, $"{method} {path}");
    }

    private async Task<Dictionary<string, long>> TableCountsAsync()
    {
        var tables = await host.DataSourceQueryAsync<string>("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'");
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = await host.CountAsync($"select count(*) from \"{table}\"");
        }

        return counts;
    }
}
