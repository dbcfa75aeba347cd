using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OrderMatch.Data.Users;

namespace OrderMatch.Web.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the stored token hashes. A request without the
/// header is left to other schemes; an unknown or revoked token fails.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, ApiTokenStore tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    public static bool HasBearer(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var token = Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        var user = token.Length == 0 ? null : await tokens.AuthenticateAsync(token, Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("unknown or revoked API token")
            : AuthenticateResult.Success(new AuthenticationTicket(UserClaims.Principal(user, AuthSchemes.Token), AuthSchemes.Token));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return AuthProblems.UnauthorizedAsync(Context, "the bearer token is unknown or revoked");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AuthProblems.ForbiddenAsync(Context);
}
