namespace OrderMatch.Web.Auth;

/// <summary>Who the caller is: GET /api/me and the answer to a login.</summary>
public sealed record MeView(long Id, string Login, string Role, string? Enterprise, string? Institution,
    IReadOnlyList<string>? Regions, string Authentication)
{
    public static MeView Of(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new MeView(user.Id, user.Login, Policies.RoleName(user.Role), user.EnterpriseId, user.InstitutionId, user.Regions,
            user.Authentication == AuthSchemes.Token ? "token" : "cookie");
    }
}
