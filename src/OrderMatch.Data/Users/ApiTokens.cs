using System.Security.Cryptography;
using System.Text;

namespace OrderMatch.Data.Users;

/// <summary>API tokens: 256 random bits written as "omt_" + base64url, stored only as the hex SHA-256 of the token.</summary>
public static class ApiTokens
{
    public const string Prefix = "omt_";

    public static string Generate() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
