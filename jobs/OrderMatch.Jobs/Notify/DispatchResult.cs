namespace OrderMatch.Jobs.Notify;

/// <summary>What one delivery round did: messages sent, put back for a later attempt, failed for good.</summary>
public sealed record DispatchResult(int Sent, int Retrying, int Failed)
{
    public int Claimed => Sent + Retrying + Failed;
}
