using OrderMatch.Data.Users;

namespace OrderMatch.Web.Auth;

/// <summary>Authorization policies; every endpoint not marked anonymous needs at least a signed-in user.</summary>
public static class Policies
{
    /// <summary>Reading and changing orders: enterprises (their own), coordinators (their regions), admins.</summary>
    public const string Orders = "orders";

    /// <summary>Planning runs and plans: coordinators and admins.</summary>
    public const string Planning = "planning";

    public static string RoleName(UserRole role) => role.ToString().ToLowerInvariant();

    public static void Configure(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Orders, p => p.RequireRole(RoleName(UserRole.Enterprise), RoleName(UserRole.Coordinator), RoleName(UserRole.Admin)));
        options.AddPolicy(Planning, p => p.RequireRole(RoleName(UserRole.Coordinator), RoleName(UserRole.Admin)));
    }
}
