namespace OrderMatch.Data.Audit;

/// <summary>One page of the audit log, newest first, with the number of entries the filter matches.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long Total, int Page, int PageSize)
{
    public int Pages => Total == 0 ? 1 : (int)((Total + PageSize - 1) / PageSize);
}
