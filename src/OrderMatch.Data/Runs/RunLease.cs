namespace OrderMatch.Data.Runs;

/// <summary>
/// A worker's claim on a run: the attempt number is a fencing token. Progress and results are accepted only from the
/// latest attempt, so a run recovered by another worker can never get two plans.
/// </summary>
public sealed record RunLease(long RunId, int Attempt, string Worker, RunOptions Options);
