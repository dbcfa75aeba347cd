namespace OrderMatch.Data.Users;

/// <summary>
/// A user to create: login, role, the enterprise, institution or regions the role needs, and an email address
/// (coordinators receive notifications there, e.g. of declined classes).
/// </summary>
public sealed record NewUser(string Login, UserRole Role, string? EnterpriseId = null, string? InstitutionId = null,
    IReadOnlyList<string>? Regions = null, string? Email = null)
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
        _ when Email is not null && !IsEmail(Email) => $"email '{Email}' is not an email address (name@domain)",
        _ => null,
    };

    private static bool IsEmail(string value) =>
        value.Length is > 2 and <= 254 && value.IndexOf('@', StringComparison.Ordinal) is var at && at > 0 && at < value.Length - 1
        && value.IndexOf('@', at + 1) < 0 && !value.Any(char.IsWhiteSpace);
}
