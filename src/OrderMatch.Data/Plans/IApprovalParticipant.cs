using Npgsql;

namespace OrderMatch.Data.Plans;

/// <summary>
/// Work that must happen in the same transaction as a plan's approval (for example, queueing the notifications of the
/// institutions affected). A participant that throws rolls the approval back.
/// </summary>
public interface IApprovalParticipant
{
    Task OnApprovedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PlanApproval approval,
        CancellationToken cancellationToken);
}
