using OrderMatch.Data.Users;

namespace OrderMatch.Web.Tests;

public sealed class UserStoreTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Theory]
    [InlineData("u1", UserRole.Enterprise, "E999", null, null, "unknown-enterprise")]
    [InlineData("u2", UserRole.Institution, null, "I999", null, "unknown-institution")]
    [InlineData("u3", UserRole.Coordinator, null, null, "R01,R99", "unknown-region")]
    [InlineData("u4", UserRole.Enterprise, null, null, null, "binding")]
    [InlineData("u5", UserRole.Admin, "E001", null, null, "binding")]
    [InlineData("u6", UserRole.Enterprise, "E001", null, "R01", "binding")]
    [InlineData("bad login", UserRole.Admin, null, null, null, "binding")]
    public async Task A_user_whose_role_bindings_do_not_hold_is_refused_with_a_code(string login, UserRole role, string? enterprise,
        string? institution, string? regions, string code)
    {
        var user = new NewUser(login, role, enterprise, institution, regions?.Split(','));

        var error = await Assert.ThrowsAsync<UserStoreException>(() => host.AddUserAsync(user));

        Assert.Equal(code, error.Code);
        Assert.Equal(0, await host.CountAsync($"select count(*) from users where login = '{login}'"));
    }

    [Fact]
    public async Task A_login_is_taken_once_and_creation_is_audited()
    {
        await host.AddUserAsync(new NewUser("once", UserRole.Institution, InstitutionId: "I001"));

        var error = await Assert.ThrowsAsync<UserStoreException>(() => host.AddUserAsync(new NewUser("once", UserRole.Admin)));

        Assert.Equal("duplicate-login", error.Code);
        Assert.Equal(1, await host.CountAsync("select count(*) from audit_log where action = 'user.created'"
            + " and entity_id = (select id::text from users where login = 'once')"));
        Assert.Null((await new UserStore(host.DataSource).FindByLoginAsync("once"))!.EnterpriseId);
    }

    [Fact]
    public async Task A_token_for_an_unknown_user_is_refused()
    {
        var error = await Assert.ThrowsAsync<UserStoreException>(() => new ApiTokenStore(host.DataSource).IssueAsync("ghost", "ci", "test"));

        Assert.Equal("unknown-user", error.Code);
        Assert.Equal(0, await host.CountAsync("select count(*) from api_tokens"));
    }
}
