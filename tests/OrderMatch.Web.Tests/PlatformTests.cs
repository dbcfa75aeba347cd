using System.Net;
using System.Text.Json;

namespace OrderMatch.Web.Tests;

public sealed class PlatformTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Theory]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/api/orders", HttpStatusCode.Unauthorized)]
    [InlineData("/test/throw", HttpStatusCode.InternalServerError)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var client = host.Browser();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_with_the_role_when_the_database_is_reachable()
    {
        using var client = host.Browser();

        var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative))).RootElement;

        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("web", body.GetProperty("role").GetString());
    }

    [Fact]
    public async Task An_unhandled_error_is_a_problem_without_internals()
    {
        using var client = host.Browser();

        using var response = await client.GetAsync(new Uri("/test/throw", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret internal detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_orders_endpoints()
    {
        using var client = host.Browser();

        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/orders", paths);
        Assert.Contains("/api/orders/{id}/cancel", paths);
        Assert.Contains("/api/runs/{id}/events", paths);
    }
}
