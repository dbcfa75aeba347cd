namespace OrderMatch.Data.Notifications;

/// <summary>What happened to a class of an institution since the plan approved before.</summary>
public enum ClassChange
{
    New,
    Changed,
    Cancelled,
}
