using Microsoft.AspNetCore.Identity;
using OrderMatch.Data.Users;

namespace OrderMatch.Web.Tests;

public sealed class PasswordHashTests
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    [Fact]
    public void The_stored_hash_is_what_PasswordHasher_verifies_and_writes()
    {
        var ours = PasswordHashes.Hash("s3cret!");
        var theirs = Hasher.HashPassword(null!, "s3cret!");

        Assert.Equal(PasswordVerificationResult.Success, Hasher.VerifyHashedPassword(null!, ours, "s3cret!"));
        Assert.Equal(PasswordVerificationResult.Failed, Hasher.VerifyHashedPassword(null!, ours, "s3cret?"));
        Assert.True(PasswordHashes.Verify(theirs, "s3cret!"));
        Assert.False(PasswordHashes.Verify(theirs, "S3cret!"));
        Assert.False(PasswordHashes.Verify("not base64 at all", "s3cret!"));
        Assert.NotEqual(ours, PasswordHashes.Hash("s3cret!"));
    }

    [Fact]
    public void A_token_is_stored_as_its_sha256_only()
    {
        var token = ApiTokens.Generate();

        Assert.StartsWith(ApiTokens.Prefix, token, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", ApiTokens.Hash(token));
        Assert.Equal("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", ApiTokens.Hash("test"));
        Assert.NotEqual(token, ApiTokens.Generate());
    }
}
