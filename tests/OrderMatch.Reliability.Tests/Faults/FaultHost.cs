using System.Text.Json.Nodes;
using OrderMatch.Data.Import;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Json;
using OrderMatch.Reliability.Tests.Support;

namespace OrderMatch.Reliability.Tests.Faults;

/// <summary>
/// The host over its own PostgreSQL server, which a test may restart; role both (API and scheduler); the generated
/// tier S scenario of seed 3, an enterprise user "ent" of its first order's enterprise and a coordinator "coord".
/// </summary>
public sealed class FaultHost : ReliabilityHost
{
    private JsonObject _order = null!;

    public PrivatePostgres Server { get; private set; } = null!;

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Host:Role"] = "both",
        ["Planning:ProgressInterval"] = "00:00:00.500",
        ["Scheduler:ClusterCheckinInterval"] = "00:00:01",
        ["Notifications:Cron"] = "0 0 0 1 1 ? 2099",
    };

    /// <summary>An order that passes every rule, copied from the scenario's first order under a new id.</summary>
    public JsonObject Order(string id)
    {
        var order = (JsonObject)_order.DeepClone();
        order["id"] = id;
        return order;
    }

    protected override async Task SeedAsync()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, 3);
        await ScenarioImporter.ImportAsync(DataSource, scenario, "test");
        _order = (JsonObject)JsonNode.Parse(FormatJson.Serialize(scenario))!["orders"]![0]!.DeepClone();
        foreach (var user in new[] { new NewUser("ent", UserRole.Enterprise, EnterpriseId: scenario.Orders[0].Enterprise), new NewUser("coord", UserRole.Coordinator) })
        {
            await new UserStore(DataSource).CreateAsync(user, PasswordHashes.Hash(Password), "test");
            Tokens[user.Login] = (await new ApiTokenStore(DataSource).IssueAsync(user.Login, "tests", "test")).Token;
        }
    }

    protected override async Task<string> CreateDatabaseAsync()
    {
        Server = await PrivatePostgres.StartAsync();
        return Server.ConnectionString("omfault");
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            await Server.DisposeAsync();
        }
    }
}
