using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OrderMatch.Web.Auth;

namespace OrderMatch.Web.Ui;

/// <summary>
/// For pages (every path outside /api), a missing sign-in redirects to the login page and a role that may not see a
/// page redirects to the access-denied page (which answers 403); the API keeps its problem details.
/// </summary>
public sealed class UiCookieEvents : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public const string LoginPath = "/Login";
    public const string DeniedPath = "/Denied";

    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != AuthSchemes.Cookie)
        {
            return;
        }

        var events = options.Events;
        var toLogin = events.OnRedirectToLogin;
        var toDenied = events.OnRedirectToAccessDenied;
        events.OnRedirectToLogin = context => IsPage(context.Request) ? Redirect(context.HttpContext, LoginPath) : toLogin(context);
        events.OnRedirectToAccessDenied = context => IsPage(context.Request) ? Redirect(context.HttpContext, DeniedPath) : toDenied(context);
    }

    public static bool IsPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !request.Path.StartsWithSegments("/api") && !ApiTokenAuthenticationHandler.HasBearer(request);
    }

    private static Task Redirect(HttpContext context, string path)
    {
        var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{path}?ReturnUrl={Uri.EscapeDataString(back)}");
        return Task.CompletedTask;
    }
}
