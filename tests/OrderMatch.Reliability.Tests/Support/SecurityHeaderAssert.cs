namespace OrderMatch.Reliability.Tests.Support;

/// <summary>The browser-hardening headers every response must carry.</summary>
public static class SecurityHeaderAssert
{
    public static void Holds(HttpResponseMessage response, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(Value(response, "X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options missing");
        Assert.True(Value(response, "X-Frame-Options") == "DENY", $"{what}: X-Frame-Options missing");
        Assert.True(Value(response, "Referrer-Policy") == "no-referrer", $"{what}: Referrer-Policy missing");
        Assert.True(Value(response, "Content-Security-Policy")?.Contains("frame-ancestors 'none'", StringComparison.Ordinal) == true,
            $"{what}: Content-Security-Policy missing");
    }

    /// <summary>The first missing header, or null when all are there.</summary>
    public static string? Missing(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Value(response, "X-Content-Type-Options") != "nosniff" ? "X-Content-Type-Options"
            : Value(response, "X-Frame-Options") != "DENY" ? "X-Frame-Options"
            : Value(response, "Referrer-Policy") != "no-referrer" ? "Referrer-Policy"
            : Value(response, "Content-Security-Policy")?.Contains("frame-ancestors 'none'", StringComparison.Ordinal) != true ? "Content-Security-Policy"
            : null;
    }

    private static string? Value(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
