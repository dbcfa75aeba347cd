using Dapper;
using Npgsql;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Text;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Partitions;

/// <summary>
/// Partition work of planning runs: the split a run's job stores, the claims (leases with an attempt number as fencing
/// token) of the jobs solving each partition, their results, and the claim of the merge. Every claim also checks the run:
/// only while it is running under the attempt that split it.
/// </summary>
public sealed class RunPartitions(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        run_id, part_no, status, worker, attempts, regions, orders, trainees, time_limit_seconds, phase, objective, solver_seconds, error
        """;

    /// <summary>
    /// Stores the split of a run, fenced by its lease. A run split before (by an attempt that died) keeps its partitions and
    /// their results, and the split moves to this attempt. Returns the partitions stored, or null when the lease is lost.
    /// </summary>
    public async Task<int?> StoreAsync(RunLease run, Scenario scenario, IReadOnlyList<DecisionPin> decisionPins, double repairSeconds,
        IReadOnlyList<PartitionDraft> drafts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(drafts);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await RunAttemptAsync(connection, transaction, run.RunId, cancellationToken).ConfigureAwait(false) is not (RunStatus.Running, false, var attempt)
            || attempt != run.Attempt)
        {
            return null;
        }

        var existing = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            "update run_partition_sets set run_attempt = @Attempt where run_id = @RunId returning partitions",
            new { run.RunId, run.Attempt }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (existing is { } stored)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return stored;
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            insert into run_partition_sets (run_id, run_attempt, partitions, scenario, decision_pins, repair_seconds)
            values (@RunId, @Attempt, @partitions, @scenario, @pins, @repairSeconds)
            """, new
        {
            run.RunId, run.Attempt, partitions = drafts.Count, scenario = CompressedJson.Pack(scenario), pins = CompressedJson.Pack(decisionPins),
            repairSeconds,
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var draft in drafts)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                insert into run_partitions (run_id, part_no, regions, orders, trainees, time_limit_seconds, scenario, decision_pins)
                values (@RunId, @Number, @Regions, @orders, @trainees, @TimeLimitSeconds, @scenario, @pins)
                """, new
            {
                run.RunId, draft.Number, Regions = draft.Regions.ToArray(), orders = draft.Scenario.Orders.Count,
                trainees = draft.Scenario.Orders.Sum(o => o.Trainees), draft.TimeLimitSeconds, scenario = CompressedJson.Pack(draft.Scenario),
                pins = CompressedJson.Pack(draft.DecisionPins),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return drafts.Count;
    }

    public async Task<IReadOnlyList<PartitionWork>> ListAsync(long runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync(new CommandDefinition(
            $"select {Columns} from run_partitions where run_id = @runId order by part_no", new { runId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => (PartitionWork)Map(r))];
    }

    /// <summary>
    /// Claims a queued partition, or takes over a running one whose worker is gone (the scheduler hands its job to another
    /// worker only then). Nothing when the run no longer runs under the attempt that split it or the partition is finished.
    /// </summary>
    public async Task<PartitionClaim<PartitionLease>> ClaimAsync(long runId, int number, string worker, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var set = await SetAsync(connection, transaction, runId, cancellationToken).ConfigureAwait(false);
        if (set is not { } s)
        {
            return PartitionClaim<PartitionLease>.Nothing;
        }

        if (s.CancelRequested)
        {
            return new PartitionClaim<PartitionLease>(null, s.Run);
        }

        var row = await connection.QuerySingleOrDefaultAsync<(int Attempts, double TimeLimit, byte[] Scenario, byte[] Pins)?>(new CommandDefinition("""
            update run_partitions
            set status = 'running', worker = @worker, attempts = attempts + 1, started_at = coalesce(started_at, now()), progress_at = now(),
                phase = 'starting', error = null
            where run_id = @runId and part_no = @number and status in ('queued', 'running')
            returning attempts, time_limit_seconds, scenario, decision_pins
            """, new { runId, number, worker }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return row is { } r
            ? new PartitionClaim<PartitionLease>(new PartitionLease(runId, number, r.Attempts, worker, s.Run, s.Partitions, r.TimeLimit,
                CompressedJson.Unpack<Scenario>(r.Scenario), CompressedJson.Unpack<List<DecisionPin>>(r.Pins)), null)
            : PartitionClaim<PartitionLease>.Nothing;
    }

    /// <summary>Writes the partition's progress; the lease holds while this is its latest attempt and it is running.</summary>
    public async Task<bool> ReportAsync(PartitionLease lease, string phase, double? incumbent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition("""
            update run_partitions set phase = @phase, incumbent = @incumbent, progress_at = now()
            where run_id = @RunId and part_no = @Number and attempts = @Attempt and status = 'running'
            """, new { lease.RunId, lease.Number, lease.Attempt, phase, incumbent }, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Stores the partition's plan, only if the lease is still its latest attempt. Returns how many partitions of the run
    /// are not done yet (0: this one was the last), or null when the lease was lost and nothing was written.
    /// </summary>
    public async Task<int?> CompleteAsync(PartitionLease lease, Plan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(plan);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // One completion at a time per run, so exactly one of them sees the others done.
        await connection.ExecuteAsync(new CommandDefinition("select 1 from run_partition_sets where run_id = @RunId for update",
            new { lease.RunId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var written = await connection.ExecuteAsync(new CommandDefinition("""
            update run_partitions
            set status = 'done', plan = @plan, objective = @objective, solver_status = @status, solver_seconds = @seconds, phase = 'done',
                finished_at = now(), progress_at = now()
            where run_id = @RunId and part_no = @Number and attempts = @Attempt and status = 'running'
            """, new
        {
            lease.RunId, lease.Number, lease.Attempt, plan = CompressedJson.Pack(plan), objective = plan.Objective.Total,
            status = plan.Solver is { } solver ? FormatText.Of(solver.Status) : null, seconds = plan.Solver?.Seconds,
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (written == 0)
        {
            return null;
        }

        var open = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "select count(*)::int from run_partitions where run_id = @RunId and status <> 'done'", new { lease.RunId }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return open;
    }

    /// <summary>Hands a partition back to the queue (its worker is shutting down); another worker picks it up.</summary>
    public Task<bool> ReleaseAsync(PartitionLease lease, CancellationToken cancellationToken = default) =>
        EndAsync(lease, "status = 'queued', worker = null, phase = 'waiting for a worker'", null, cancellationToken);

    public Task<bool> FailAsync(PartitionLease lease, string error, CancellationToken cancellationToken = default) =>
        EndAsync(lease, "status = 'failed', error = @error, finished_at = now(), phase = 'failed'", error, cancellationToken);

    /// <summary>Cancels every partition of the run still queued or running (the run was cancelled or failed).</summary>
    public async Task<int> CancelOpenAsync(long runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition("""
            update run_partitions set status = 'cancelled', finished_at = now(), phase = 'cancelled'
            where run_id = @runId and status in ('queued', 'running')
            """, new { runId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims the merge of a run whose partitions are all done: its lease and everything the merge works on. Nothing while
    /// a partition is still open, or when the run no longer runs under the attempt that split it.
    /// </summary>
    public async Task<PartitionClaim<MergeWork>> ClaimMergeAsync(long runId, string worker, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await SetAsync(connection, transaction, runId, cancellationToken).ConfigureAwait(false) is not { } set)
        {
            return PartitionClaim<MergeWork>.Nothing;
        }

        if (set.CancelRequested)
        {
            return new PartitionClaim<MergeWork>(null, set.Run);
        }

        var plans = (await connection.QueryAsync<(string Status, byte[]? Plan)>(new CommandDefinition(
            "select status, plan from run_partitions where run_id = @runId order by part_no", new { runId }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        if (plans.Count != set.Partitions || plans.Any(p => p.Status != "done" || p.Plan is null))
        {
            return PartitionClaim<MergeWork>.Nothing;
        }

        var stored = await connection.QuerySingleAsync<(byte[] Scenario, byte[] Pins, double Repair, DateTime Started)>(new CommandDefinition("""
            update run_partition_sets s set merge_worker = @worker, merge_attempts = merge_attempts + 1
            from planning_runs r
            where s.run_id = @runId and r.id = s.run_id
            returning s.scenario, s.decision_pins, s.repair_seconds, r.started_at
            """, new { runId, worker }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var lease = set.Run with { Worker = worker };
        return new PartitionClaim<MergeWork>(new MergeWork(lease, CompressedJson.Unpack<Scenario>(stored.Scenario),
            CompressedJson.Unpack<List<DecisionPin>>(stored.Pins), [.. plans.Select(p => CompressedJson.Unpack<Plan>(p.Plan!))], stored.Repair,
            new DateTimeOffset(stored.Started)), null);
    }

    private async Task<bool> EndAsync(PartitionLease lease, string assignments, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition($"""
            update run_partitions set {assignments}, progress_at = now()
            where run_id = @RunId and part_no = @Number and attempts = @Attempt and status = 'running'
            """, new { lease.RunId, lease.Number, lease.Attempt, error }, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    /// <summary>The run's split, locking the run row, when the run is running under the attempt that split it.</summary>
    private static async Task<(RunLease Run, int Partitions, bool CancelRequested)?> SetAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        long runId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(int Attempt, int Partitions, bool Cancel, string Worker, string Options)?>(new CommandDefinition("""
            select s.run_attempt, s.partitions, r.cancel_requested, coalesce(r.worker, ''), r.options::text
            from run_partition_sets s join planning_runs r on r.id = s.run_id
            where s.run_id = @runId and r.status = 'running' and r.attempts = s.run_attempt
            for update of r
            """, new { runId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is { } r
            ? (new RunLease(runId, r.Attempt, r.Worker, RunOptionsJson.Read(r.Options)), r.Partitions, r.Cancel)
            : null;
    }

    private static async Task<(RunStatus Status, bool Cancel, int Attempt)?> RunAttemptAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        long runId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(string Status, bool Cancel, int Attempts)?>(new CommandDefinition(
            "select status, cancel_requested, attempts from planning_runs where id = @runId for update", new { runId }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is { } r ? (FormatText.Parse<RunStatus>(r.Status), r.Cancel, r.Attempts) : null;
    }

    private static PartitionWork Map(dynamic r) => new()
    {
        RunId = (long)r.run_id,
        Number = (int)r.part_no,
        Status = FormatText.Parse<PartitionStatus>((string)r.status),
        Worker = (string?)r.worker,
        Attempts = (int)r.attempts,
        Regions = (string[])r.regions,
        Orders = (int)r.orders,
        Trainees = (int)r.trainees,
        TimeLimitSeconds = (double)r.time_limit_seconds,
        Phase = (string?)r.phase,
        Objective = (double?)r.objective,
        SolverSeconds = (double?)r.solver_seconds,
        Error = (string?)r.error,
    };
}
