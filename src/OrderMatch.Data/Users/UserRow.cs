using OrderMatch.Data.Text;

namespace OrderMatch.Data.Users;

#pragma warning disable IDE1006, CA1707, CA1819 // named like the columns they are read from
internal sealed class UserRow
{
    public const string Columns =
        "u.id, u.login, u.password_hash, u.role, u.enterprise_id, u.institution_id, u.regions, u.failed_logins, u.locked_until, u.created_at, u.email";

    public long id { get; init; }
    public string login { get; init; } = "";
    public string? password_hash { get; init; }
    public string role { get; init; } = "";
    public string? enterprise_id { get; init; }
    public string? institution_id { get; init; }
    public string[]? regions { get; init; }
    public int failed_logins { get; init; }
    public DateTime? locked_until { get; init; }
    public DateTime created_at { get; init; }
    public string? email { get; init; }

    public UserAccount ToAccount() => new()
    {
        Id = id,
        Login = login,
        PasswordHash = password_hash,
        Role = FormatText.Parse<UserRole>(role),
        EnterpriseId = enterprise_id,
        InstitutionId = institution_id,
        Regions = regions,
        FailedLogins = failed_logins,
        LockedUntil = locked_until is { } until ? new DateTimeOffset(until) : null,
        CreatedAt = new DateTimeOffset(created_at),
        Email = email,
    };
}
#pragma warning restore IDE1006, CA1707, CA1819
