using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OrderMatch.Data.Notifications;

/// <summary>
/// The tokens of institutions' accept and decline links: the claims (message, class, institution, action, expiry,
/// nonce) in base64url, a dot, and their HMAC-SHA256 under the server's link key in base64url. Altering any claim
/// breaks the signature; the expiry is checked against the clock; single use is the nonce, spent by the first answer.
/// </summary>
public sealed class SignedLinks
{
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public SignedLinks(byte[] key, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(time);
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"the link key must have at least {MinimumKeyBytes} bytes", nameof(key));
        }

        _key = key.ToArray();
        _time = time;
    }

    public string Create(LinkClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var payload = Encoding.UTF8.GetBytes(string.Join('|',
            claims.Message.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(claims.ClassId)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(claims.Institution)),
            claims.Action == LinkAction.Accept ? "a" : "d",
            claims.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            claims.Nonce.ToString("N")));
        return $"{Base64Url(payload)}.{Base64Url(HMACSHA256.HashData(_key, payload))}";
    }

    public LinkVerification Verify(string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || dot == token.Length - 1 || token.Length > 2048)
        {
            return new LinkVerification(LinkCheck.Malformed, null);
        }

        if (FromBase64Url(token[..dot]) is not { } payload || FromBase64Url(token[(dot + 1)..]) is not { } signature)
        {
            return new LinkVerification(LinkCheck.Malformed, null);
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature))
        {
            return new LinkVerification(LinkCheck.Tampered, null);
        }

        if (Parse(payload) is not { } claims)
        {
            return new LinkVerification(LinkCheck.Malformed, null);
        }

        return claims.ExpiresAt <= _time.GetUtcNow()
            ? new LinkVerification(LinkCheck.Expired, claims)
            : new LinkVerification(LinkCheck.Valid, claims);
    }

    private static LinkClaims? Parse(byte[] payload)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(payload).Split('|');
            if (parts.Length != 6 || parts[3] is not ("a" or "d"))
            {
                return null;
            }

            return new LinkClaims(
                long.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture),
                Encoding.UTF8.GetString(Convert.FromBase64String(parts[1])),
                Encoding.UTF8.GetString(Convert.FromBase64String(parts[2])),
                parts[3] == "a" ? LinkAction.Accept : LinkAction.Decline,
                DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture)),
                Guid.ParseExact(parts[5], "N"));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
