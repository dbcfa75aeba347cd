using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace OrderMatch.Web.Auth;

/// <summary>
/// Cookie sign-in for browsers and bearer API tokens for programs behind one policy scheme; 401/403 are problem
/// details, never redirects; antiforgery tokens travel in the X-CSRF-TOKEN header.
/// </summary>
public static class AuthenticationSetup
{
    public static IServiceCollection AddOrderMatchAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = AuthSettings.From(configuration);
        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    ApiTokenAuthenticationHandler.HasBearer(context.Request) ? AuthSchemes.Token : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = "ordermatch.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = settings.CookieLifetime;
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = context => AuthProblems.UnauthorizedAsync(context.HttpContext,
                        "sign in with POST /api/auth/login, or send Authorization: Bearer <token>"),
                    OnRedirectToAccessDenied = context => AuthProblems.ForbiddenAsync(context.HttpContext),
                };
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(AuthSchemes.Token, "API token", null);
        services.AddAuthorization(Policies.Configure);
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AuthSchemes.CsrfHeader;
            options.Cookie.Name = "ordermatch.csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.SuppressXFrameOptionsHeader = true;
        });
        return services;
    }
}
