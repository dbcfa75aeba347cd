namespace OrderMatch.Jobs.Partitions;

/// <summary>Why partition work stopped before its solver finished.</summary>
internal enum StopReason
{
    /// <summary>It did not stop: the solver finished.</summary>
    None,

    /// <summary>The run was asked to cancel.</summary>
    CancelRequested,

    /// <summary>The work's lease is gone: the run or partition ended elsewhere, or was taken over.</summary>
    LeaseLost,
}
