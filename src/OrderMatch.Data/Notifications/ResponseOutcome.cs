namespace OrderMatch.Data.Notifications;

/// <summary>What became of an institution's answer to a class.</summary>
public enum ResponseOutcome
{
    Recorded,

    /// <summary>The link's nonce is spent: this class has been answered through this email already.</summary>
    AlreadyUsed,

    /// <summary>No such class in that message for that institution (or the nonce does not match).</summary>
    NotFound,

    /// <summary>The plan of that email is no longer the approved plan; a newer email tells the current classes.</summary>
    PlanReplaced,

    /// <summary>The email told that the class is cancelled: there is nothing to accept or decline.</summary>
    NotAnswerable,

    /// <summary>A decline needs a reason.</summary>
    ReasonRequired,
}
