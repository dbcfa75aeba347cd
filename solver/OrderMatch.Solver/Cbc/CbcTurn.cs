namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Lets one branch and bound run at a time in the process. CBC 2.10 runs a MIP through its command-line driver
/// (CbcMain1, behind <c>Cbc_solve</c>), which reads the parameters set on the model through a cursor that is global to
/// libCbcSolver (<c>CbcOrClpRead_mode</c>): two MIPs started at once read each other's limits and switches, so a run
/// may ignore its node limit or its seed. Models without integer columns go to Clp, which keeps its state in the model,
/// and need no turn. CBC's own threads (<see cref="CbcOptions.Threads"/>) work inside one turn.
/// </summary>
internal static class CbcTurn
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Waits for the turn; disposing the result hands it on. A cancelled token stops the wait.</summary>
    public static Held Take(CancellationToken cancellationToken)
    {
        Gate.Wait(cancellationToken);
        return new Held();
    }

    internal readonly struct Held : IDisposable
    {
        public void Dispose() => Gate.Release();
    }
}
