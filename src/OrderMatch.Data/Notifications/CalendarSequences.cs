using Dapper;
using Npgsql;

namespace OrderMatch.Data.Notifications;

/// <summary>The SEQUENCE each class's calendar event has reached in the institutions' invitations, so exports agree with them.</summary>
public static class CalendarSequences
{
    public static async Task<IReadOnlyDictionary<(string Institution, string ClassId), int>> ReadAsync(NpgsqlDataSource dataSource,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Institution, string ClassId, int Sequence)>(new CommandDefinition(
            "select institution, class_id, sequence from calendar_events", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => (r.Institution, r.ClassId), r => r.Sequence);
    }
}
