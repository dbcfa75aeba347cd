namespace OrderMatch.Data.Runs;

/// <summary>The answer to a progress write: whether the lease still holds, and whether a cancel was requested.</summary>
public sealed record ProgressAck(bool StillOwned, bool CancelRequested);
