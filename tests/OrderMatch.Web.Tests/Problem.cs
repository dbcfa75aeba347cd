using System.Net;
using System.Text.Json;

namespace OrderMatch.Web.Tests;

/// <summary>Reads an RFC 7807 problem response and asserts its status, content type and rule.</summary>
internal static class Problem
{
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string rule)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.Equal(rule, body.GetProperty("rule").GetString());
        return body;
    }

    /// <summary>A 400 ValidationProblem: the rule ids per field.</summary>
    public static async Task<Dictionary<string, string[]>> RulesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = body.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
        var rules = body.GetProperty("rules").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
        Assert.Equal(errors.Keys.Order(), rules.Keys.Order());
        return rules;
    }
}
