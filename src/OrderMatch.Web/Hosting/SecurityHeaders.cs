namespace OrderMatch.Web.Hosting;

/// <summary>
/// Sets the browser-hardening headers on every response, errors included: no MIME sniffing, no framing, no referrer
/// to other origins, and content only from this origin. Added when the response starts, so nothing later removes them.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'";
                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
        });
}
