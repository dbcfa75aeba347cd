using OrderMatch.Data.Users;

namespace OrderMatch.Notify.Tests;

public sealed class NewUserEmailTests
{
    [Theory]
    [InlineData("coord@example.org", null)]
    [InlineData("no-at-sign", "email 'no-at-sign' is not an email address (name@domain)")]
    [InlineData("a b@example.org", "email 'a b@example.org' is not an email address (name@domain)")]
    [InlineData("a@b@c", "email 'a@b@c' is not an email address (name@domain)")]
    public void A_coordinators_email_must_be_an_address(string email, string? problem) =>
        Assert.Equal(problem, new NewUser("coord", UserRole.Coordinator, Email: email).Problem());
}
