using System.Globalization;
using System.Security.Claims;
using OrderMatch.Data.Users;

namespace OrderMatch.Web.Auth;

/// <summary>A user as claims: id, login, role, and the enterprise, institution or regions the role is bound to.</summary>
public static class UserClaims
{
    public const string Enterprise = "om:enterprise";
    public const string Institution = "om:institution";
    public const string Region = "om:region";

    public static ClaimsPrincipal Principal(UserAccount user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.Login),
            new(ClaimTypes.Role, Policies.RoleName(user.Role)),
        };
        if (user.EnterpriseId is { } enterprise)
        {
            claims.Add(new Claim(Enterprise, enterprise));
        }

        if (user.InstitutionId is { } institution)
        {
            claims.Add(new Claim(Institution, institution));
        }

        claims.AddRange((user.Regions ?? []).Select(r => new Claim(Region, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
