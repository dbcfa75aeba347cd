namespace OrderMatch.Data.Notifications;

/// <summary>The outcome of checking a signed link.</summary>
public enum LinkCheck
{
    Valid,

    /// <summary>Not a link this server issues (wrong shape or encoding).</summary>
    Malformed,

    /// <summary>The signature does not match: the link was altered or signed with another key.</summary>
    Tampered,

    Expired,
}
