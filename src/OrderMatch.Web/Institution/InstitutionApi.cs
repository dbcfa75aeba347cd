using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Data.Review;
using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;

namespace OrderMatch.Web.Institution;

/// <summary>
/// GET /api/institution/classes for institution users: their own classes in the approved plan in force, with sessions
/// and the enterprises enrolled and how many trainees each sends. Other roles get 403; no institution sees another's.
/// </summary>
public static class InstitutionApi
{
    public static IEndpointRouteBuilder MapInstitutionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/institution")
            .RequireAuthorization(p => p.RequireRole(Policies.RoleName(UserRole.Institution)))
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithTags("institution");
        group.MapGet("/classes", ClassesAsync);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ClassView>>> ClassesAsync(ClaimsPrincipal principal, PlanReview review,
        CancellationToken cancellationToken)
    {
        var institution = CurrentUser.From(principal).InstitutionId;
        var inForce = await review.ReadInForceAsync(cancellationToken);
        return TypedResults.Ok(inForce is null || institution is null
            ? []
            : PlanViews.Classes(inForce, new ClassFilter(Institution: institution), RegionScope.All, withSessions: true));
    }
}
