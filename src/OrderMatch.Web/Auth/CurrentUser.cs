using System.Globalization;
using System.Security.Claims;
using OrderMatch.Data.Users;

namespace OrderMatch.Web.Auth;

/// <summary>The signed-in user of a request, read from its claims.</summary>
public sealed record CurrentUser(long Id, string Login, UserRole Role, string? EnterpriseId, string? InstitutionId,
    IReadOnlyList<string>? Regions, string Authentication)
{
    public static CurrentUser From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("the request has no signed-in user");
        var role = Enum.Parse<UserRole>(principal.FindFirstValue(ClaimTypes.Role) ?? "", ignoreCase: true);
        var regions = principal.FindAll(UserClaims.Region).Select(c => c.Value).ToArray();
        return new CurrentUser(long.Parse(id, CultureInfo.InvariantCulture), principal.Identity?.Name ?? "", role,
            principal.FindFirstValue(UserClaims.Enterprise), principal.FindFirstValue(UserClaims.Institution),
            regions.Length == 0 ? null : regions, principal.Identity?.AuthenticationType ?? "");
    }

    /// <summary>The name written to the audit log.</summary>
    public string Actor => Login;
}
