using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace OrderMatch.Reliability.Tests.Support;

/// <summary>The API endpoints a running host maps ("METHOD /pattern"), read from its endpoint data sources; pages are left out.</summary>
public static class MappedEndpoints
{
    public static IReadOnlyList<string> Of(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return
        [
            .. ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
                .Where(e => e.Metadata.GetMetadata<ActionDescriptor>() is null)
                .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText)}"))
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>"/api/orders/" (a group's root) → "/api/orders".</summary>
    public static string Normalize(string? pattern)
    {
        var text = "/" + (pattern ?? "").Trim('/');
        return text;
    }
}
