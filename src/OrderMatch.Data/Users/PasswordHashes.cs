using System.Security.Cryptography;

namespace OrderMatch.Data.Users;

/// <summary>
/// Password hashes in ASP.NET Core Identity's PasswordHasher v3 format, so the web host's
/// <c>PasswordHasher&lt;T&gt;</c> verifies what the CLI writes: base64 of 0x01, PRF (2 = HMAC-SHA512), iteration
/// count, salt length (all big-endian uint32), the salt, then the 256-bit PBKDF2 subkey.
/// </summary>
public static class PasswordHashes
{
    private const int Iterations = 100_000;
    private const int SaltSize = 16;
    private const int SubkeySize = 32;
    private const uint HmacSha512 = 2;
    private const int HeaderSize = 13;

    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var subkey = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, SubkeySize);
        var output = new byte[HeaderSize + SaltSize + SubkeySize];
        output[0] = 0x01;
        WriteUInt32(output, 1, HmacSha512);
        WriteUInt32(output, 5, Iterations);
        WriteUInt32(output, 9, SaltSize);
        salt.CopyTo(output, HeaderSize);
        subkey.CopyTo(output, HeaderSize + SaltSize);
        return Convert.ToBase64String(output);
    }

    /// <summary>True when <paramref name="password"/> matches a v3 hash; false for any other password or format.</summary>
    public static bool Verify(string hash, string password)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(password);
        var bytes = new byte[hash.Length];
        if (!Convert.TryFromBase64String(hash, bytes, out var length) || length < HeaderSize || bytes[0] != 0x01)
        {
            return false;
        }

        var algorithm = ReadUInt32(bytes, 1) switch
        {
            0 => HashAlgorithmName.SHA1,
            1 => HashAlgorithmName.SHA256,
            2 => HashAlgorithmName.SHA512,
            _ => default,
        };
        var iterations = (int)Math.Min(ReadUInt32(bytes, 5), int.MaxValue);
        var saltLength = (int)Math.Min(ReadUInt32(bytes, 9), int.MaxValue);
        var subkeyLength = length - HeaderSize - saltLength;
        if (algorithm == default || iterations < 1 || saltLength < 16 || subkeyLength < 16)
        {
            return false;
        }

        var expected = bytes.AsSpan(HeaderSize + saltLength, subkeyLength);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, bytes.AsSpan(HeaderSize, saltLength), iterations, algorithm, subkeyLength);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static void WriteUInt32(byte[] buffer, int offset, uint value) =>
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(offset), value);

    private static uint ReadUInt32(byte[] buffer, int offset) =>
        System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(offset));
}
