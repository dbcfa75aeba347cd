using OrderMatch.Data.Review;
using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;

namespace OrderMatch.Web.Plans;

/// <summary>The <see cref="RegionScope"/> of a signed-in user: a coordinator's regions, or all for admins and unbound coordinators.</summary>
public static class RegionScopes
{
    public static RegionScope For(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role == UserRole.Coordinator && user.Regions is { } regions ? new RegionScope(regions) : RegionScope.All;
    }

    /// <summary>403 naming the regions of <paramref name="what"/> that lie outside the caller's.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Outside(IReadOnlyList<string> regions, string what) =>
        Problems.ProblemResults.Problem(StatusCodes.Status403Forbidden, "outside your regions",
            $"{what} reaches regions you do not coordinate: {string.Join(", ", regions)}", "region-scope", "regions");
}
