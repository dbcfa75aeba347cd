namespace OrderMatch.Data.Pins;

/// <summary>
/// What became of a pin request: the pin, or the orders of the class that are no longer open (cancelled, declined or
/// in training) and so cannot be pinned into the next run.
/// </summary>
public sealed record PinOutcome(PinView? Pin, IReadOnlyList<string> ClosedOrders);
