using OrderMatch.Data.Import;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Web.Tests;

/// <summary>The host with a coordinator, an enterprise user, and tiny.plan.json imported as the plan in force.</summary>
public sealed class PlanningHost : RunningHost
{
    public Dictionary<string, string> Tokens { get; } = [];

    public Plan TinyPlan { get; } = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;

    public HttpClient As(string login) => Program(Tokens[login]);

    protected override async Task SeedAsync()
    {
        var tiny = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        await ScenarioImporter.ImportAsync(DataSource, tiny with { PreviousPlan = new PreviousPlan { Classes = TinyPlan.Classes } }, "test");
        foreach (var user in new[] { new NewUser("coord", UserRole.Coordinator), new NewUser("ent", UserRole.Enterprise, EnterpriseId: "E001") })
        {
            await AddUserAsync(user);
            Tokens[user.Login] = await TokenAsync(user.Login);
        }
    }
}
