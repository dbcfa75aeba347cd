using Dapper;
using Npgsql;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Pins;

/// <summary>Reads decision pins as the solver takes them, keeping only the decisions each pin holds.</summary>
public static class DecisionPins
{
    public static async Task<IReadOnlyList<DecisionPin>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rows = await connection.QueryAsync<PinRow>(new CommandDefinition(
            "select class_id, plan_id, course, institution, trainer, room, start_week, pattern, orders, keep, pinned_by, pinned_at from decision_pins order by class_id",
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(ToPin)];
    }

    internal static DecisionPin ToPin(PinRow row)
    {
        var keep = row.keep ?? [];
        return new DecisionPin
        {
            ClassId = row.class_id,
            Course = row.course,
            Orders = row.orders ?? [],
            Institution = keep.Contains(PinDecision.Institution) ? row.institution : null,
            Trainer = keep.Contains(PinDecision.Trainer) ? row.trainer : null,
            Room = keep.Contains(PinDecision.Room) ? row.room : null,
            StartWeek = keep.Contains(PinDecision.Time) ? row.start_week : null,
            Pattern = keep.Contains(PinDecision.Time) ? row.pattern : null,
        };
    }
}
