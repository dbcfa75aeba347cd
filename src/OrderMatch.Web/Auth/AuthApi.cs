using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Auth;

/// <summary>
/// POST /api/auth/login (anyone) signs in with a password and sets the cookie; POST /api/auth/logout ends it;
/// GET /api/auth/csrf hands out the antiforgery token; GET /api/me tells who the caller is.
/// </summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous();
        auth.MapPost("/logout", LogoutAsync).AddEndpointFilter<CookieAntiforgeryFilter>();
        auth.MapGet("/csrf", Csrf);
        app.MapGet("/api/me", Me).WithTags("auth");
        return app;
    }

    private static async Task<Results<Ok<MeView>, ValidationProblem, ProblemHttpResult>> LoginAsync(LoginRequest? body,
        PasswordSignIn signIn, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(body?.Login))
        {
            errors.Add("login", "required", "login is required");
        }

        if (string.IsNullOrEmpty(body?.Password))
        {
            errors.Add("password", "required", "password is required");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToResult();
        }

        var (user, problem) = await signIn.CheckAsync(body!.Login!, body.Password!, cancellationToken);
        if (user is null)
        {
            return problem!;
        }

        var principal = UserClaims.Principal(user, AuthSchemes.Cookie);
        await context.SignInAsync(AuthSchemes.Cookie, principal);
        return TypedResults.Ok(MeView.Of(CurrentUser.From(principal)));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await context.SignOutAsync(AuthSchemes.Cookie);
        return TypedResults.NoContent();
    }

    private static Ok<CsrfView> Csrf(IAntiforgery antiforgery, HttpContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new CsrfView(tokens.RequestToken!, tokens.HeaderName ?? AuthSchemes.CsrfHeader));
    }

    private static Ok<MeView> Me(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(MeView.Of(CurrentUser.From(user)));
    }
}
