using System.Globalization;
using Dapper;
using Npgsql;
using OrderMatch.Data.Audit;

namespace OrderMatch.Data.Users;

/// <summary>API tokens of users: issued once (only the hash is kept), looked up by the token, revoked.</summary>
public sealed class ApiTokenStore(NpgsqlDataSource dataSource)
{
    public async Task<IssuedToken> IssueAsync(string login, string name, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var token = ApiTokens.Generate();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition("""
            insert into api_tokens (user_id, name, token_hash)
            select id, @name, @hash from users where login = @login
            returning id
            """, new { login, name, hash = ApiTokens.Hash(token) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new UserStoreException("unknown-user", $"there is no user '{login}': add it with `ordermatch users add` first");
        await AuditLog.WriteAsync(connection, transaction, actor, "token.issued", "api_token", id.ToString(CultureInfo.InvariantCulture),
            new { login, name }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new IssuedToken(id, name, token);
    }

    /// <summary>
    /// The user holding this token, or null for an unknown or revoked token. Records when it was last used, to the
    /// minute: a program sending hundreds of requests a second with one token must not queue them all on that row's lock.
    /// </summary>
    public async Task<UserAccount?> AuthenticateAsync(string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition($"""
            with live as (
                select id, user_id, last_used_at from api_tokens where token_hash = @hash and revoked_at is null
            ), used as (
                update api_tokens t set last_used_at = now()
                from live
                where t.id = live.id and (live.last_used_at is null or live.last_used_at < now() - interval '1 minute')
            )
            select {UserRow.Columns} from users u join live on live.user_id = u.id
            """, new { hash = ApiTokens.Hash(token) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToAccount();
    }

    /// <summary>Revokes a token; returns false when there is no such live token.</summary>
    public async Task<bool> RevokeAsync(long tokenId, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var revoked = await connection.ExecuteAsync(new CommandDefinition(
            "update api_tokens set revoked_at = now() where id = @tokenId and revoked_at is null", new { tokenId }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
        if (revoked)
        {
            await AuditLog.WriteAsync(connection, transaction, actor, "token.revoked", "api_token",
                tokenId.ToString(CultureInfo.InvariantCulture), new { }, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return revoked;
    }
}
