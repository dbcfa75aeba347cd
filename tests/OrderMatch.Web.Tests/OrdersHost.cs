using OrderMatch.Data.Users;

namespace OrderMatch.Web.Tests;

/// <summary>
/// The host with one user per role over the tiny scenario: enterprises E001 (region R01) and E002 (R02), a coordinator
/// of R01, an institution (I001) and an admin, each with an API token.
/// </summary>
public sealed class OrdersHost : RunningHost
{
    public Dictionary<string, string> Tokens { get; } = [];

    protected override async Task SeedAsync()
    {
        await AddAsync(new NewUser("ent-a", UserRole.Enterprise, EnterpriseId: "E001"));
        await AddAsync(new NewUser("ent-b", UserRole.Enterprise, EnterpriseId: "E002"));
        await AddAsync(new NewUser("coord-r01", UserRole.Coordinator, Regions: ["R01"]));
        await AddAsync(new NewUser("inst", UserRole.Institution, InstitutionId: "I001"));
        await AddAsync(new NewUser("admin", UserRole.Admin));
    }

    public HttpClient As(string login) => Program(Tokens[login]);

    private async Task AddAsync(NewUser user)
    {
        await AddUserAsync(user);
        Tokens[user.Login] = await TokenAsync(user.Login);
    }
}
