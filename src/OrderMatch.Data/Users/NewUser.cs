namespace OrderMatch.Data.Users;

/// <summary>A user to create: login, role, and the enterprise, institution or regions the role needs.</summary>
public sealed record NewUser(string Login, UserRole Role, string? EnterpriseId = null, string? InstitutionId = null,
    IReadOnlyList<string>? Regions = null)
{
    /// <summary>The first problem with the role bindings, naming the field and the rule, or null when they are sound.</summary>
    public string? Problem() => Role switch
    {
        _ when string.IsNullOrWhiteSpace(Login) => "login must not be empty",
        UserRole.Enterprise when string.IsNullOrWhiteSpace(EnterpriseId) => "an enterprise user needs its enterprise",
        not UserRole.Enterprise when EnterpriseId is not null => "only an enterprise user is bound to an enterprise",
        UserRole.Institution when string.IsNullOrWhiteSpace(InstitutionId) => "an institution user needs its institution",
        not UserRole.Institution when InstitutionId is not null => "only an institution user is bound to an institution",
        not UserRole.Coordinator when Regions is not null => "only a coordinator is limited to regions",
        UserRole.Coordinator when Regions is { Count: 0 } => "a coordinator's regions must name at least one region (leave them out for all regions)",
        _ => null,
    };
}
