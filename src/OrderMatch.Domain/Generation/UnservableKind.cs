namespace OrderMatch.Domain.Generation;

/// <summary>How a deliberately unservable order is made so (each maps to a reason code of FORMAT.md).</summary>
internal enum UnservableKind
{
    /// <summary>Window shorter than the course (WINDOW).</summary>
    Window,

    /// <summary>Price cap below every institution's price (PRICE).</summary>
    Price,

    /// <summary>Travel limit below the distance to any suitable room (TRAVEL).</summary>
    Travel,

    /// <summary>No institution offering the course is approved for the region (NO_OFFER).</summary>
    NoOffer,
}
