using OrderMatch.Data.Notifications;

namespace OrderMatch.Notify.Tests;

public sealed class SignedLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly LinkClaims Claims = new(42, "K001", "I001", LinkAction.Decline, Now.AddDays(30), Guid.NewGuid());

    [Fact]
    public void A_link_verifies_with_every_claim_intact()
    {
        var links = new SignedLinks(Key, new FixedClock(Now));

        var result = links.Verify(links.Create(Claims));

        Assert.Equal(LinkCheck.Valid, result.Status);
        Assert.Equal(Claims, result.Claims);
    }

    [Fact]
    public void Any_altered_character_or_another_key_is_tampering()
    {
        var links = new SignedLinks(Key, new FixedClock(Now));
        var token = links.Create(Claims);
        var other = new SignedLinks([.. Key.Select(b => (byte)(b + 1))], new FixedClock(Now));
        var forgedClaims = links.Create(Claims with { Action = LinkAction.Accept });
        var spliced = forgedClaims[..forgedClaims.IndexOf('.', StringComparison.Ordinal)] + token[token.IndexOf('.', StringComparison.Ordinal)..];

        Assert.Equal(LinkCheck.Tampered, links.Verify(spliced).Status);
        Assert.Equal(LinkCheck.Tampered, other.Verify(token).Status);
        for (var i = 0; i < token.Length; i += 7)
        {
            var altered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.NotEqual(LinkCheck.Valid, links.Verify(altered).Status);
        }
    }

    [Fact]
    public void A_link_past_its_expiry_is_expired_and_garbage_is_malformed()
    {
        var clock = new FixedClock(Now);
        var links = new SignedLinks(Key, clock);
        var token = links.Create(Claims);

        clock.Now = Claims.ExpiresAt;

        Assert.Equal(LinkCheck.Expired, links.Verify(token).Status);
        Assert.Equal(LinkCheck.Malformed, links.Verify("").Status);
        Assert.Equal(LinkCheck.Malformed, links.Verify("abc").Status);
        Assert.Equal(LinkCheck.Malformed, links.Verify("***.***").Status);
    }

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SignedLinks(new byte[16], TimeProvider.System));
        Assert.Equal("must hold at least 32 bytes", LinkSigning.Problem(Convert.ToBase64String(new byte[16])));
        Assert.Equal("must be base64", LinkSigning.Problem("not base64!"));
        Assert.Null(LinkSigning.Problem(null));
    }
}
