using Dapper;
using OrderMatch.Data.Import;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Data.Tests;

public sealed class ImportExportTests
{
    [Fact]
    public async Task Tier_S_round_trips_and_a_reimport_writes_nothing()
    {
        await using var db = await MigratedDatabase.CreateAsync();
        var scenario = ScenarioGenerator.Generate(Tier.S, seed: 4);

        var first = await ScenarioImporter.ImportAsync(db.DataSource, scenario, "test");
        var again = await ScenarioImporter.ImportAsync(db.DataSource, scenario, "test");
        var exported = await SnapshotReader.ReadAsync(db.DataSource);

        Assert.Equal(scenario.Orders.Count, first.Written["orders"]);
        Assert.Equal(0, again.Total);
        ScenarioComparison.AssertEquivalent(scenario, exported);
        Assert.Empty(ScenarioLoader.Validate(exported));
    }

    [Fact]
    public async Task Pins_and_the_previous_plan_round_trip()
    {
        await using var db = await MigratedDatabase.CreateAsync();
        var tiny = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        var plan = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;
        var scenario = tiny with
        {
            Pinned = [plan.Classes[0] with { Sessions = [] }],
            PreviousPlan = new PreviousPlan { Classes = plan.Classes },
        };

        await ScenarioImporter.ImportAsync(db.DataSource, scenario, "test");
        var again = await ScenarioImporter.ImportAsync(db.DataSource, scenario, "test");
        var exported = await SnapshotReader.ReadAsync(db.DataSource);

        Assert.Equal(0, again.Total);
        ScenarioComparison.AssertEquivalent(scenario, exported);
    }

    [Fact]
    public async Task A_changed_order_is_updated_and_keeps_its_status()
    {
        await using var db = await MigratedDatabase.CreateAsync();
        var scenario = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        await ScenarioImporter.ImportAsync(db.DataSource, scenario, "test");
        var order = scenario.Orders[0];
        await using (var connection = await db.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update orders set status = 'planned' where id = @Id", new { order.Id });
        }

        var changed = scenario with { Orders = [order with { Trainees = order.Trainees + 1 }, .. scenario.Orders.Skip(1)] };
        var summary = await ScenarioImporter.ImportAsync(db.DataSource, changed, "test");

        Assert.Equal(1, summary.Written["orders"]);
        await using var check = await db.DataSource.OpenConnectionAsync();
        var row = await check.QuerySingleAsync<(int Trainees, string Status)>("select trainees, status from orders where id = @Id", new { order.Id });
        Assert.Equal((order.Trainees + 1, "planned"), row);
    }
}
