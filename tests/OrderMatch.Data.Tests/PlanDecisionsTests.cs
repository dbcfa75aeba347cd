using Dapper;
using Npgsql;
using OrderMatch.Data.Import;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Review;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Data.Tests;

public sealed class PlanDecisionsTests
{
    [Fact]
    public async Task A_participant_that_throws_rolls_the_whole_approval_back()
    {
        await using var db = await MigratedDatabase.CreateAsync();
        var (inForce, proposed) = await SeedAsync(db);
        var before = await StateAsync(db.DataSource);
        var decisions = new PlanDecisions(db.DataSource, [new Recording(), new Throwing()]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => decisions.ApproveAsync(proposed, "coord", "ok", CancellationToken.None));

        Assert.Equal(before, await StateAsync(db.DataSource));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(inForce, await PlanInForce.FindIdAsync(connection, null));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from audit_log where action = 'plan.approved'"));
    }

    [Fact]
    public async Task Participants_run_inside_the_approval_and_see_the_plan_approved_and_the_plan_it_replaces()
    {
        await using var db = await MigratedDatabase.CreateAsync();
        var (inForce, proposed) = await SeedAsync(db);
        var recording = new Recording();

        var decision = await new PlanDecisions(db.DataSource, [recording]).ApproveAsync(proposed, "coord", null, CancellationToken.None);

        Assert.Equal(DecisionOutcome.Done, decision.Outcome);
        Assert.Equal(new PlanApproval(proposed, inForce, "coord", null), recording.Approval);
        Assert.Equal("approved", recording.StatusSeen);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(proposed, await PlanInForce.FindIdAsync(connection, null));
    }

    private static async Task<(long InForce, long Proposed)> SeedAsync(MigratedDatabase db)
    {
        var scenario = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        var plan = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;
        await ScenarioImporter.ImportAsync(db.DataSource, scenario with { PreviousPlan = new PreviousPlan { Classes = plan.Classes } }, "test");
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var proposed = await PlanWriter.WriteAsync(connection, transaction, plan with { Classes = [plan.Classes[0]] }, null, PlanStatus.Proposed);
        await connection.ExecuteAsync("update orders set status = 'approved' where id in ('O001', 'O002', 'O003')", transaction: transaction);
        await transaction.CommitAsync();
        return ((await PlanInForce.FindIdAsync(connection, null))!.Value, proposed);
    }

    private static async Task<string> StateAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var plans = await connection.QueryAsync<string>("select id || ':' || status || ':' || coalesce(decided_by, '-') from plans order by id");
        var orders = await connection.QueryAsync<string>("select id || ':' || status from orders order by id");
        return string.Join(" ", plans.Concat(orders));
    }

    private sealed class Recording : IApprovalParticipant
    {
        public PlanApproval? Approval { get; private set; }

        public string? StatusSeen { get; private set; }

        public async Task OnApprovedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PlanApproval approval,
            CancellationToken cancellationToken)
        {
            Approval = approval;
            StatusSeen = await connection.ExecuteScalarAsync<string>("select status from plans where id = @id", new { id = approval.PlanId }, transaction);
        }
    }

    private sealed class Throwing : IApprovalParticipant
    {
        public Task OnApprovedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PlanApproval approval,
            CancellationToken cancellationToken) => throw new InvalidOperationException("the outbox is full");
    }
}
