using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;

namespace OrderMatch.Web.Ui;

/// <summary>Authorization policies of the pages beyond the API's (<see cref="Policies"/>).</summary>
public static class UiPolicies
{
    /// <summary>The audit log: coordinators and admins.</summary>
    public const string Audit = "ui-audit";

    /// <summary>An institution's own classes: institution users bound to an institution.</summary>
    public const string Institution = "ui-institution";

    public static void Configure(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Audit, p => p.RequireRole(Policies.RoleName(UserRole.Coordinator), Policies.RoleName(UserRole.Admin)));
        options.AddPolicy(Institution, p => p.RequireRole(Policies.RoleName(UserRole.Institution)).RequireClaim(UserClaims.Institution));
    }
}
