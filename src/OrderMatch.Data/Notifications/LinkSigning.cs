using System.Security.Cryptography;
using Dapper;
using Npgsql;

namespace OrderMatch.Data.Notifications;

/// <summary>
/// The <see cref="SignedLinks"/> of this cluster: keyed with the configured key (base64, at least 32 bytes) or, when none
/// is configured, with a key generated once and kept in the database, so every process signs and checks alike.
/// </summary>
public sealed class LinkSigning(NpgsqlDataSource dataSource, string? configuredKey, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SignedLinks? _links;

    /// <summary>Checks a configured key: null when it is usable (or absent), otherwise what is wrong with it.</summary>
    public static string? Problem(string? configuredKey)
    {
        if (string.IsNullOrWhiteSpace(configuredKey))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(configuredKey).Length >= SignedLinks.MinimumKeyBytes
                ? null
                : $"must hold at least {SignedLinks.MinimumKeyBytes} bytes";
        }
        catch (FormatException)
        {
            return "must be base64";
        }
    }

    public async Task<SignedLinks> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_links is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _links ??= new SignedLinks(await KeyAsync(cancellationToken).ConfigureAwait(false), time);
            return _links;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            return Convert.FromBase64String(configuredKey);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into link_signing_key (id, key) values (1, @key) on conflict (id) do nothing",
            new { key = RandomNumberGenerator.GetBytes(SignedLinks.MinimumKeyBytes) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await connection.QuerySingleAsync<byte[]>(new CommandDefinition(
            "select key from link_signing_key where id = 1", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
