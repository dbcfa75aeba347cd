using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;

namespace OrderMatch.Web.Pages;

/// <summary>The start page sends each role to its main page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect(CurrentUser.From(User).Role switch
    {
        UserRole.Enterprise => "/Orders",
        UserRole.Institution => "/Classes",
        _ => "/Runs",
    });
}
