using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;

namespace OrderMatch.Web.Pages;

/// <summary>Where a page sends a role that may not see it: says so, with status 403 and no data.</summary>
[AllowAnonymous]
public sealed class DeniedModel : PageModel
{
    public UserRole? Role { get; private set; }

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Role = User.Identity?.IsAuthenticated == true ? CurrentUser.From(User).Role : null;
    }
}
