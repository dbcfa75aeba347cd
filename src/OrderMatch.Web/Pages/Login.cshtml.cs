using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Localization;

namespace OrderMatch.Web.Pages;

/// <summary>Password sign-in for the UI through <see cref="PasswordSignIn"/>: the same checks and lockout as the API.</summary>
[AllowAnonymous]
public sealed class LoginModel(PasswordSignIn signIn, UserStore users) : PageModel
{
    public string? Login { get; private set; }

    public string? ReturnUrl { get; private set; }

    public string? Error { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? login, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        Login = login;
        ReturnUrl = returnUrl;
        if (string.IsNullOrEmpty(login) || string.IsNullOrEmpty(password))
        {
            Error = Texts.LoginRequired.Value;
            return Page();
        }

        var (user, problem) = await signIn.CheckAsync(login, password, cancellationToken);
        if (user is null)
        {
            Response.StatusCode = problem?.StatusCode ?? StatusCodes.Status401Unauthorized;
            var lockedUntil = Response.StatusCode == StatusCodes.Status423Locked
                ? (await users.FindByLoginAsync(login, cancellationToken))?.LockedUntil
                : null;
            Error = lockedUntil is { } until
                ? Texts.LoginLocked.Format(until.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))
                : Texts.LoginWrong.Value;
            return Page();
        }

        await HttpContext.SignInAsync(AuthSchemes.Cookie, UserClaims.Principal(user, AuthSchemes.Cookie));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
