using Microsoft.AspNetCore.Antiforgery;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Auth;

/// <summary>
/// Cookie-authenticated requests that change something must carry the antiforgery token from GET /api/auth/csrf in
/// the X-CSRF-TOKEN header. Bearer-token requests are exempt: a browser never attaches those on its own.
/// </summary>
public sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var method = http.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
        if (!safe && http.User.Identity is { IsAuthenticated: true, AuthenticationType: AuthSchemes.Cookie }
            && !await antiforgery.IsRequestValidAsync(http))
        {
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, "antiforgery token missing or invalid",
                $"a signed-in browser must send the token from GET /api/auth/csrf in the {AuthSchemes.CsrfHeader} header",
                "antiforgery", AuthSchemes.CsrfHeader);
        }

        return await next(context);
    }
}
