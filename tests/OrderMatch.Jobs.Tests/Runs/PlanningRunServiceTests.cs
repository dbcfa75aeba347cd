using Dapper;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Tests.Scheduling;

namespace OrderMatch.Jobs.Tests.Runs;

public sealed class PlanningRunServiceTests
{
    [Fact]
    public async Task A_run_writes_one_valid_plan_and_moves_enrolled_orders_to_planned()
    {
        var scenario = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        await using var db = await RunDatabase.CreateAsync(scenario);
        var runId = await db.Runs.CreateAsync("test", new RunOptions { TimeLimitSeconds = 20 });

        var outcome = await db.Service().ExecuteAsync(runId, "worker-a", CancellationToken.None);

        Assert.Equal(RunOutcome.Succeeded, outcome);
        var run = await db.Runs.GetAsync(runId);
        Assert.Equal(RunStatus.Succeeded, run!.Status);
        Assert.Equal("worker-a", run.Worker);
        Assert.NotNull(run.FinishedAt);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var stored = await PlanReader.ReadAsync(connection, null, run.PlanId!.Value);
        var report = PlanChecker.Check(await SnapshotReader.ReadAsync(db.DataSource), stored!.Plan);
        Assert.True(report.IsValid);
        Assert.True(report.ObjectiveMatches);
        Assert.Equal(PlanStatus.Proposed, stored.Status);
        var enrolled = stored.Plan.Classes.SelectMany(k => k.Enrollments).Select(e => e.Order).Distinct().Order().ToList();
        var planned = (await connection.QueryAsync<string>("select id from orders where status = 'planned' order by id")).ToList();
        Assert.Equal(enrolled, planned);
    }

    [Fact]
    public async Task A_cancelled_run_stops_promptly_ends_cancelled_and_writes_no_plan()
    {
        await using var db = await RunDatabase.CreateAsync(ScenarioGenerator.Generate(Tier.S, seed: 2));
        var runId = await db.Runs.CreateAsync("test", new RunOptions { TimeLimitSeconds = 120 });

        var execution = db.Service().ExecuteAsync(runId, "worker-a", CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await db.Runs.GetAsync(runId))!.Progress?.ElapsedSeconds > 1, TimeSpan.FromSeconds(60), "the run is solving");
        await db.Runs.RequestCancelAsync(runId, "coordinator");

        // The run row says cancelled within a few progress ticks, whatever the solver is in the middle of.
        await Eventually.HoldsAsync(async () => (await db.Runs.GetAsync(runId))!.Status == RunStatus.Cancelled, TimeSpan.FromSeconds(10),
            "the run is cancelled");
        var stopped = await Task.WhenAny(execution, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.Same(execution, stopped);
        Assert.Equal(RunOutcome.Cancelled, await execution);
        var run = await db.Runs.GetAsync(runId);
        Assert.Equal(RunStatus.Cancelled, run!.Status);
        Assert.Null(run.PlanId);
        Assert.True(run.FinishedAt - run.StartedAt < TimeSpan.FromSeconds(100), "the run stopped long before its time limit");
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from plans"));
    }

    [Fact]
    public async Task Progress_reaches_the_run_row_while_the_solver_works()
    {
        await using var db = await RunDatabase.CreateAsync(ScenarioGenerator.Generate(Tier.S, seed: 3));
        var runId = await db.Runs.CreateAsync("test", new RunOptions { TimeLimitSeconds = 6 });
        var seen = new HashSet<double>();

        var execution = db.Service(TimeSpan.FromSeconds(1)).ExecuteAsync(runId, "worker-a", CancellationToken.None);
        while (!execution.IsCompleted)
        {
            if ((await db.Runs.GetAsync(runId))!.Progress is { Phase: not "starting" } p && p.ElapsedSeconds > 0)
            {
                seen.Add(p.ElapsedSeconds);
            }

            await Task.Delay(200);
        }

        Assert.Equal(RunOutcome.Succeeded, await execution);
        Assert.True(seen.Count >= 3, $"progress was written {seen.Count} times during a 6 s run");
    }

    [Fact]
    public async Task A_run_cancelled_while_queued_is_skipped_by_the_worker()
    {
        var scenario = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        await using var db = await RunDatabase.CreateAsync(scenario);
        var runId = await db.Runs.CreateAsync("test", new RunOptions());

        Assert.Equal(RunStatus.Cancelled, await db.Runs.RequestCancelAsync(runId, "coordinator"));
        Assert.Equal(RunOutcome.Skipped, await db.Service().ExecuteAsync(runId, "worker-a", CancellationToken.None));
        Assert.Equal(RunStatus.Cancelled, (await db.Runs.GetAsync(runId))!.Status);
    }

    [Fact]
    public async Task A_failing_snapshot_marks_the_run_failed_with_its_reason()
    {
        var scenario = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        await using var db = await RunDatabase.CreateAsync(scenario);
        await using (var connection = await db.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("delete from planning_settings");
        }

        var runId = await db.Runs.CreateAsync("test", new RunOptions());

        Assert.Equal(RunOutcome.Failed, await db.Service().ExecuteAsync(runId, "worker-a", CancellationToken.None));
        var run = await db.Runs.GetAsync(runId);
        Assert.Equal(RunStatus.Failed, run!.Status);
        Assert.Contains("no scenario has been imported", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_latest_attempt_may_complete_a_run()
    {
        var scenario = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        var plan = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;
        await using var db = await RunDatabase.CreateAsync(scenario);
        var runId = await db.Runs.CreateAsync("test", new RunOptions());

        var first = await db.Runs.StartAsync(runId, "worker-a");
        var second = await db.Runs.StartAsync(runId, "worker-b");

        Assert.Null(await db.Runs.CompleteAsync(first!, plan));
        Assert.NotNull(await db.Runs.CompleteAsync(second!, plan));
        Assert.Null(await db.Runs.CompleteAsync(second!, plan));
        Assert.Null(await db.Runs.StartAsync(runId, "worker-c"));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("select count(*) from plans where run_id = @runId", new { runId }));
        Assert.Equal("worker-b", (await db.Runs.GetAsync(runId))!.Worker);
    }
}
