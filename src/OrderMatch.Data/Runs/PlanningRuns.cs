using System.Text.Json;
using Dapper;
using Npgsql;
using OrderMatch.Data.Audit;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Text;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Runs;

/// <summary>
/// The planning-run table: requests, claims (leases with an attempt number as fencing token), progress, cancellation,
/// and the outcome — the proposed plan written in the same transaction that marks the run succeeded.
/// </summary>
public sealed class PlanningRuns(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        r.id, r.requested_by, r.options::text as options, r.status, r.cancel_requested, r.phase, r.incumbent, r.bound, r.gap,
        r.slices_done, r.slices_total, r.elapsed_seconds, r.worker, r.attempts, r.error, r.created_at, r.started_at,
        r.progress_at, r.finished_at, p.id as plan_id
        """;

    public async Task<long> CreateAsync(string requestedBy, RunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "insert into planning_runs (requested_by, options) values (@requestedBy, @options::jsonb) returning id",
            new { requestedBy, options = JsonSerializer.Serialize(options, FormatJson.CompactOptions) }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await AuditLog.WriteAsync(connection, transaction, requestedBy, "run.requested", "planning_run", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            options, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task<PlanningRun?> GetAsync(long runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync(new CommandDefinition(
            $"select {Columns} from planning_runs r left join plans p on p.run_id = r.id where r.id = @runId",
            new { runId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : Map(row);
    }

    public async Task<IReadOnlyList<PlanningRun>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync(new CommandDefinition(
            $"select {Columns} from planning_runs r left join plans p on p.run_id = r.id order by r.id desc limit @limit",
            new { limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => (PlanningRun)Map(r))];
    }

    /// <summary>
    /// Claims a queued run, or takes over a running one whose worker is gone (the scheduler hands a job to another
    /// worker only then). Returns null when the run is finished or was cancelled (a queued run with a cancel request
    /// becomes cancelled here).
    /// </summary>
    public async Task<RunLease?> StartAsync(long runId, string worker, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("""
            update planning_runs set status = 'cancelled', finished_at = now()
            where id = @runId and status in ('queued', 'running') and cancel_requested
            """, new { runId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var claimed = await connection.QuerySingleOrDefaultAsync<(int Attempts, string Options)?>(new CommandDefinition("""
            update planning_runs
            set status = 'running', worker = @worker, attempts = attempts + 1, started_at = coalesce(started_at, now()),
                progress_at = now(), phase = 'starting', error = null
            where id = @runId and status in ('queued', 'running')
            returning attempts, options::text
            """, new { runId, worker }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return claimed is { } c
            ? new RunLease(runId, c.Attempts, worker, JsonSerializer.Deserialize<RunOptions>(c.Options, FormatJson.CompactOptions) ?? new RunOptions())
            : null;
    }

    public async Task<ProgressAck> ReportProgressAsync(RunLease lease, RunProgress progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(progress);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var cancel = await connection.QuerySingleOrDefaultAsync<bool?>(new CommandDefinition("""
            update planning_runs
            set phase = @Phase, incumbent = @Incumbent, bound = @Bound, gap = @Gap, slices_done = @SlicesDone,
                slices_total = @SlicesTotal, elapsed_seconds = @ElapsedSeconds, progress_at = now()
            where id = @RunId and attempts = @Attempt and status = 'running'
            returning cancel_requested
            """, new
        {
            lease.RunId, lease.Attempt, progress.Phase, progress.Incumbent, progress.Bound, progress.Gap, progress.SlicesDone,
            progress.SlicesTotal, progress.ElapsedSeconds,
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new ProgressAck(cancel is not null, cancel ?? false);
    }

    /// <summary>
    /// Writes the proposed plan and marks the run succeeded, in one transaction, only if this lease is still the run's
    /// latest attempt. Orders enrolled in the plan move from submitted to planned. Returns the plan id, or null when
    /// the lease was lost (the run was cancelled or taken over) and nothing was written.
    /// </summary>
    public async Task<long?> CompleteAsync(RunLease lease, Plan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(plan);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await HoldsAsync(connection, transaction, lease, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var planId = await PlanWriter.WriteAsync(connection, transaction, plan, lease.RunId, PlanStatus.Proposed, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("""
            update orders set status = 'planned', updated_at = now()
            where status = 'submitted' and id in (select order_id from plan_enrollments where plan_id = @planId)
            """, new { planId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await FinishAsync(connection, transaction, lease, RunStatus.Succeeded, error: null, cancellationToken).ConfigureAwait(false);
        await AuditLog.WriteAsync(connection, transaction, lease.Worker, "plan.proposed", "plan", planId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { runId = lease.RunId, objective = plan.Objective.Total, classes = plan.Classes.Count }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return planId;
    }

    public Task<bool> FailAsync(RunLease lease, string error, CancellationToken cancellationToken = default) =>
        EndAsync(lease, RunStatus.Failed, error, cancellationToken);

    public Task<bool> MarkCancelledAsync(RunLease lease, CancellationToken cancellationToken = default) =>
        EndAsync(lease, RunStatus.Cancelled, error: null, cancellationToken);

    /// <summary>Hands a run back to the queue (its worker is shutting down); another worker will pick it up.</summary>
    public async Task<bool> ReleaseAsync(RunLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition("""
            update planning_runs set status = 'queued', phase = 'waiting for a worker', worker = null
            where id = @RunId and attempts = @Attempt and status = 'running'
            """, new { lease.RunId, lease.Attempt }, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Asks a run to stop. A queued run is cancelled at once; a running one is flagged, its worker notices within a
    /// progress interval and stops the solver at its next cancellation point (between MIP solves). Returns the run's status after the request, or null when there is no such run.
    /// </summary>
    public async Task<RunStatus?> RequestCancelAsync(long runId, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var status = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition("""
            update planning_runs
            set cancel_requested = case when status in ('queued', 'running') then true else cancel_requested end,
                status = case when status = 'queued' then 'cancelled' else status end,
                finished_at = case when status = 'queued' then now() else finished_at end
            where id = @runId
            returning status
            """, new { runId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (status is not null)
        {
            await AuditLog.WriteAsync(connection, transaction, actor, "run.cancel_requested", "planning_run",
                runId.ToString(System.Globalization.CultureInfo.InvariantCulture), new { status }, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return status is null ? null : FormatText.Parse<RunStatus>(status);
    }

    private async Task<bool> EndAsync(RunLease lease, RunStatus status, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await HoldsAsync(connection, transaction, lease, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await FinishAsync(connection, transaction, lease, status, error, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task<bool> HoldsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RunLease lease,
        CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "select id from planning_runs where id = @RunId and attempts = @Attempt and status = 'running' for update",
            new { lease.RunId, lease.Attempt }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) is not null;

    private static Task FinishAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RunLease lease, RunStatus status,
        string? error, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            update planning_runs set status = @status, error = @error, finished_at = now(), progress_at = now(),
                phase = @status
            where id = @RunId
            """, new { lease.RunId, status = FormatText.Of(status), error }, transaction, cancellationToken: cancellationToken));

    private static PlanningRun Map(dynamic r) => new()
    {
        Id = (long)r.id,
        RequestedBy = (string)r.requested_by,
        Options = JsonSerializer.Deserialize<RunOptions>((string)r.options, FormatJson.CompactOptions) ?? new RunOptions(),
        Status = FormatText.Parse<RunStatus>((string)r.status),
        CancelRequested = (bool)r.cancel_requested,
        Progress = r.phase is null ? null : new RunProgress((string)r.phase, (double?)r.incumbent, (double?)r.bound, (double?)r.gap,
            (int?)r.slices_done ?? 0, (int?)r.slices_total ?? 0, (double?)r.elapsed_seconds ?? 0),
        Worker = (string?)r.worker,
        Attempts = (int)r.attempts,
        Error = (string?)r.error,
        CreatedAt = new DateTimeOffset((DateTime)r.created_at),
        StartedAt = Time((DateTime?)r.started_at),
        ProgressAt = Time((DateTime?)r.progress_at),
        FinishedAt = Time((DateTime?)r.finished_at),
        PlanId = (long?)r.plan_id,
    };

    private static DateTimeOffset? Time(DateTime? value) => value is { } v ? new DateTimeOffset(v) : null;
}
