using System.Net;
using OrderMatch.Reliability.Tests.Support;

namespace OrderMatch.Reliability.Tests.Security;

public sealed class AuthorizationMatrixTests(ReliabilityHost host) : IClassFixture<ReliabilityHost>
{
    [Fact]
    public void Every_mapped_endpoint_has_a_row_and_every_row_an_endpoint()
    {
        var mapped = MappedEndpoints.Of(host.App);
        var rows = AuthorizationMatrix.Rows(host.InForceId, host.ProposedId).Select(r => r.Endpoint).ToHashSet(StringComparer.Ordinal);

        Assert.True(mapped.Count >= 60, $"only {mapped.Count} endpoints found");
        var withoutRow = mapped.Where(e => !rows.Contains(e)).ToList();
        var stale = rows.Where(r => !mapped.Contains(r)).ToList();
        Assert.True(withoutRow.Count == 0, $"endpoints without a row: {string.Join("; ", withoutRow)}");
        Assert.True(stale.Count == 0, $"rows naming no endpoint: {string.Join("; ", stale)}");
    }

    [Fact]
    public async Task Every_endpoint_answers_every_caller_with_the_status_of_its_row_and_changes_nothing()
    {
        var rows = AuthorizationMatrix.Rows(host.InForceId, host.ProposedId);
        var before = await host.FingerprintAsync();
        var mismatches = new List<string>();
        var checks = 0;
        for (var c = 0; c < AuthorizationMatrix.Callers.Length; c++)
        {
            var caller = AuthorizationMatrix.Callers[c];
            using var client = host.As(caller);
            foreach (var row in rows)
            {
                using var request = row.Request();
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                checks++;
                var status = (int)response.StatusCode;
                if (status != row.Expected[c])
                {
                    var body = await response.Content.ReadAsStringAsync();
                    mismatches.Add($"{caller,-10} {row}: expected {row.Expected[c]}, got {status} {body[..Math.Min(200, body.Length)]}");
                }

                SecurityHeaderAssert.Holds(response, $"{caller} {row}");
                if (status >= 400)
                {
                    Assert.True(IsProblemOrPage(response), $"{caller} {row}: a {status} that is not problem details ({response.Content.Headers.ContentType})");
                }
            }
        }

        var after = await host.FingerprintAsync();

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {checks} checks differ:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches)}");
        Assert.Equal(AuthorizationMatrix.Callers.Length * rows.Count, checks);
        Assert.Empty(DatabaseFingerprint.Changed(before, after));
    }

    [Fact]
    public async Task A_signed_in_browser_without_the_antiforgery_token_is_refused_on_every_unsafe_endpoint()
    {
        var unsafeRows = AuthorizationMatrix.Rows(host.InForceId, host.ProposedId)
            .Where(r => r.Method is not "GET" && !AnonymousForms.Contains(r.Pattern))
            .ToList();
        using var browser = host.Browser();
        using (var login = await browser.PostAsync(new Uri("/api/auth/login", UriKind.Relative),
                   new StringContent($$"""{"login":"admin","password":"{{ReliabilityHost.Password}}"}""", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        var before = await host.FingerprintAsync();
        var allowed = new List<string>();
        foreach (var row in unsafeRows)
        {
            using var request = row.Request();
            using var response = await browser.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden || !(await response.Content.ReadAsStringAsync()).Contains("\"antiforgery\"", StringComparison.Ordinal))
            {
                allowed.Add($"{row}: {(int)response.StatusCode}");
            }
        }

        Assert.True(unsafeRows.Count >= 25, $"only {unsafeRows.Count} unsafe endpoints");
        Assert.Empty(allowed);
        Assert.Empty(DatabaseFingerprint.Changed(before, await host.FingerprintAsync()));
    }

    /// <summary>Sign-in itself and the institutions' signed links: no session to forge, so no antiforgery token.</summary>
    private static readonly HashSet<string> AnonymousForms = new(StringComparer.Ordinal) { "/api/auth/login", "/respond/{token}" };

    private static bool IsProblemOrPage(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "text/html";
}
