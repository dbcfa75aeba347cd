using Dapper;
using OrderMatch.Data.Plans;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>`plans list | approve | reject` as separate processes against a fresh database.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PlansCommandTests
{
    [Fact]
    public async Task A_proposed_plan_is_listed_approved_once_and_its_institutions_emails_are_queued()
    {
        await using var bed = await ClusterBed.CreateAsync("plans");
        (await bed.CliAsync("db", "migrate")).ExitsWith(ExitCodes.Ok);
        (await bed.CliAsync("db", "import", TestData.TinyScenarioPath)).ExitsWith(ExitCodes.Ok);
        var plan = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;
        long id;
        await using (var connection = await bed.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            id = await PlanWriter.WriteAsync(connection, transaction, plan, null, PlanStatus.Proposed);
            await transaction.CommitAsync();
        }

        var list = await bed.CliAsync("plans", "list");
        list.ExitsWith(ExitCodes.Ok);
        list.Prints("proposed");
        var noReason = await bed.CliAsync("plans", "reject", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        noReason.ExitsWith(ExitCodes.Invalid);
        noReason.Prints("--comment is required");

        var approve = await bed.CliAsync("plans", "approve", "--latest", "--comment", "as proposed");
        approve.ExitsWith(ExitCodes.Ok);
        approve.Prints($"plan {id}: approved");

        await using (var connection = await bed.DataSource.OpenConnectionAsync())
        {
            Assert.Equal(id, await PlanInForce.FindIdAsync(connection, null));
            var institutions = plan.Classes.Select(k => k.Institution).Distinct().Order().ToArray();
            var queued = (await connection.QueryAsync<string>("select institution from outbox_messages where plan_id = @id order by institution",
                new { id })).ToArray();
            Assert.Equal(institutions, queued);
        }

        var again = await bed.CliAsync("plans", "approve", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        again.ExitsWith(ExitCodes.Invalid);
        again.Prints("is approved; only a proposed plan can be decided");
        var none = await bed.CliAsync("plans", "approve", "--latest");
        none.ExitsWith(ExitCodes.Invalid);
        none.Prints("there is no proposed plan");
    }
}
