using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace OrderMatch.Web.Hosting;

/// <summary>
/// How large a request may be. The largest legitimate body is an order CSV: a province's quarter (tier L, 20,000
/// orders) is about 2 MiB; anything beyond <see cref="MaxBodyBytes"/> is refused with 413 before it is read.
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    public static IServiceCollection AddOrderMatchRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxBodyBytes);
        services.AddExceptionHandler<RequestFailureHandler>();
        return services;
    }
}
