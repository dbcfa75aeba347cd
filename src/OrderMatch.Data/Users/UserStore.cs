using System.Globalization;
using Dapper;
using Npgsql;
using OrderMatch.Data.Audit;
using OrderMatch.Data.Text;

namespace OrderMatch.Data.Users;

/// <summary>
/// The users table: creation (with the role's bindings checked against the reference data), look-ups, and the
/// failed-login counter that locks an account for a while after too many wrong passwords.
/// </summary>
public sealed class UserStore(NpgsqlDataSource dataSource)
{
    public async Task<long> CreateAsync(NewUser user, string? passwordHash, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Problem() is { } problem)
        {
            throw new UserStoreException("binding", problem);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await CheckReferencesAsync(connection, transaction, user, cancellationToken).ConfigureAwait(false);
        long id;
        try
        {
            id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                insert into users (login, password_hash, role, enterprise_id, institution_id, regions, email)
                values (@Login, @passwordHash, @role, @EnterpriseId, @InstitutionId, @regions, @Email)
                returning id
                """, new
            {
                user.Login, passwordHash, role = FormatText.Of(user.Role), user.EnterpriseId, user.InstitutionId,
                regions = user.Regions?.ToArray(), user.Email,
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new UserStoreException("duplicate-login", $"login '{user.Login}' is taken: choose another", e);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation)
        {
            throw new UserStoreException("binding", $"login '{user.Login}' is not allowed: use 1 to 64 letters, digits, '.', '_', '@' or '-'", e);
        }

        await AuditLog.WriteAsync(connection, transaction, actor, "user.created", "user", id.ToString(CultureInfo.InvariantCulture),
            new { user.Login, role = FormatText.Of(user.Role), user.EnterpriseId, user.InstitutionId, user.Regions, user.Email },
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task<UserAccount?> FindByLoginAsync(string login, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"select {UserRow.Columns} from users u where u.login = @login", new { login },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToAccount();
    }

    public async Task<UserAccount?> GetAsync(long userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"select {UserRow.Columns} from users u where u.id = @userId", new { userId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToAccount();
    }

    /// <summary>
    /// Counts a wrong password. The <paramref name="maxFailures"/>-th failure in a row locks the account for
    /// <paramref name="lockout"/> and starts the count again. Returns the end of the lock when this failure set one.
    /// </summary>
    public async Task<DateTimeOffset?> RecordFailedLoginAsync(long userId, int maxFailures, TimeSpan lockout,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var lockedUntil = await connection.QuerySingleOrDefaultAsync<DateTime?>(new CommandDefinition("""
            update users
            set failed_logins = case when failed_logins + 1 >= @maxFailures then 0 else failed_logins + 1 end,
                locked_until = case when failed_logins + 1 >= @maxFailures then now() + @lockout else locked_until end
            where id = @userId
            returning case when failed_logins = 0 then locked_until end
            """, new { userId, maxFailures, lockout }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (lockedUntil is { } until)
        {
            await AuditLog.WriteAsync(connection, transaction, "system", "user.locked", "user",
                userId.ToString(CultureInfo.InvariantCulture), new { lockedUntil = until, maxFailures }, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return lockedUntil is { } value ? new DateTimeOffset(value) : null;
    }

    /// <summary>A correct password: the failure count starts again and any expired lock is cleared.</summary>
    public async Task RecordSuccessfulLoginAsync(long userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "update users set failed_logins = 0, locked_until = null where id = @userId and (failed_logins <> 0 or locked_until is not null)",
            new { userId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static async Task CheckReferencesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, NewUser user,
        CancellationToken cancellationToken)
    {
        if (user.EnterpriseId is { } enterprise && !await ExistsAsync(connection, transaction, "enterprises", enterprise, cancellationToken).ConfigureAwait(false))
        {
            throw new UserStoreException("unknown-enterprise", $"there is no enterprise '{enterprise}': import the reference data first");
        }

        if (user.InstitutionId is { } institution && !await ExistsAsync(connection, transaction, "institutions", institution, cancellationToken).ConfigureAwait(false))
        {
            throw new UserStoreException("unknown-institution", $"there is no institution '{institution}': import the reference data first");
        }

        foreach (var region in user.Regions ?? [])
        {
            if (!await ExistsAsync(connection, transaction, "regions", region, cancellationToken).ConfigureAwait(false))
            {
                throw new UserStoreException("unknown-region", $"there is no region '{region}': import the reference data first");
            }
        }
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string id,
        CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            $"select exists (select 1 from {table} where id = @id)", new { id }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
}
