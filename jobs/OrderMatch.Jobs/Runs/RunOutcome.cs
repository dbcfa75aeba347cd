namespace OrderMatch.Jobs.Runs;

/// <summary>How one execution of a planning run ended on this worker.</summary>
public enum RunOutcome
{
    /// <summary>The plan was written and the run marked succeeded.</summary>
    Succeeded,

    /// <summary>The run was cancelled on request; no plan was written.</summary>
    Cancelled,

    /// <summary>The run failed; the error is on the run row.</summary>
    Failed,

    /// <summary>The run was split into partitions, each queued as its own job; the last partition to finish queues the merge.</summary>
    Dispatched,

    /// <summary>Nothing to do: the run was already finished, cancelled, or taken over by another worker.</summary>
    Skipped,
}
