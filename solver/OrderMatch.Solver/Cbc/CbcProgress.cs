namespace OrderMatch.Solver.Cbc;

/// <summary>
/// A progress snapshot observed from CBC's log, in the caller's objective sense.
/// <paramref name="Incumbent"/> and <paramref name="Bound"/> are <c>null</c> until known.
/// </summary>
public sealed record CbcProgress(double? Incumbent, double? Bound, double Seconds, long Nodes);
