namespace OrderMatch.Data.Notifications;

/// <summary>What a signed link lets an institution do with one class.</summary>
public enum LinkAction
{
    Accept,
    Decline,
}
