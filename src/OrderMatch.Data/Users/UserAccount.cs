namespace OrderMatch.Data.Users;

/// <summary>A user as stored: login, role and what the role is bound to, and the state of its password sign-in.</summary>
public sealed record UserAccount
{
    public required long Id { get; init; }

    public required string Login { get; init; }

    /// <summary>PasswordHasher (v3) hash; null when the user signs in with API tokens only.</summary>
    public string? PasswordHash { get; init; }

    public required UserRole Role { get; init; }

    /// <summary>The enterprise an enterprise user acts for.</summary>
    public string? EnterpriseId { get; init; }

    /// <summary>The institution an institution user acts for.</summary>
    public string? InstitutionId { get; init; }

    /// <summary>A coordinator's regions; null means all regions.</summary>
    public IReadOnlyList<string>? Regions { get; init; }

    public int FailedLogins { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Where the user receives notifications; null when none is known.</summary>
    public string? Email { get; init; }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
