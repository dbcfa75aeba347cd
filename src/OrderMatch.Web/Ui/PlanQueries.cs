using Dapper;
using Npgsql;
using OrderMatch.Data.Pins;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Review;
using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Ui;

/// <summary>The reads behind the plan pages: the plan list, one plan for review (with pins and its diff), and a horizon to draw it on.</summary>
public sealed class PlanQueries(NpgsqlDataSource dataSource, PlanReview review, PinStore pinStore)
{
    private const int ListLimit = 100;

    public async Task<IReadOnlyList<PlanListItem>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, long? RunId, string Source, string Status, DateTime CreatedAt, double Objective,
            double? Coverage, long Classes)>(new CommandDefinition("""
            select p.id, p.run_id, p.source, p.status, p.created_at, p.objective_total, (p.kpis ->> 'coverage')::float8,
                   (select count(*) from plan_classes c where c.plan_id = p.id)
            from plans p order by p.id desc limit @limit
            """, new { limit = ListLimit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new PlanListItem(r.Id, r.RunId, r.Source == "import", Enum.Parse<PlanStatus>(r.Status, ignoreCase: true),
            new DateTimeOffset(r.CreatedAt), r.Objective, r.Coverage ?? 0, (int)r.Classes))];
    }

    public async Task<PlanReviewPage?> ReviewAsync(long planId, RegionScope scope, CancellationToken cancellationToken)
    {
        var plan = await review.ReadAsync(planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var inForce = await review.ReadInForceAsync(cancellationToken);
        var pins = await pinStore.ListAsync(cancellationToken);
        var stored = plan.Stored;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (start, weeks) = await HorizonAsync(connection, stored.Plan.Classes, cancellationToken);
        var names = await ReferenceNames.ReadAsync(dataSource, cancellationToken);
        var diff = PlanDiff.Compare(plan, inForce?.Id == plan.Id ? plan : inForce, scope);
        return new PlanReviewPage(stored, start, weeks, names, inForce?.Id,
            pins.ToDictionary(p => p.ClassId, p => p.Keep, StringComparer.Ordinal), diff,
            (inForce?.Stored.Plan.Classes ?? []).ToDictionary(k => k.Id, StringComparer.Ordinal));
    }

    /// <summary>The stored horizon; without one, the weeks from the Monday of the first session to the last.</summary>
    public static async Task<(DateOnly Start, int Weeks)> HorizonAsync(NpgsqlConnection connection, IReadOnlyList<PlanClass> classes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(classes);
        var horizon = await connection.QuerySingleOrDefaultAsync<(DateOnly Start, int Weeks)?>(new CommandDefinition(
            "select start_date, weeks from planning_settings", cancellationToken: cancellationToken));
        if (horizon is { } h)
        {
            return h;
        }

        var dates = classes.SelectMany(c => c.Sessions).Select(s => s.Date).ToList();
        if (dates.Count == 0)
        {
            return (DateOnly.FromDateTime(DateTime.UtcNow.Date), 1);
        }

        var first = dates.Min();
        var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        return (monday, (dates.Max().DayNumber - monday.DayNumber) / 7 + 1);
    }
}
