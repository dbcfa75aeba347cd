namespace OrderMatch.Solver.Tests.Cbc;

/// <summary>
/// Tests that depend on CBC's clock run alone. CBC measures time in the process's CPU seconds, and other tests solving
/// at the same time in the same process add to them: a timed run would use up its limit early, and a run whose result
/// must repeat exactly would see its heuristics' time checks move.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WallClockCollection
{
    public const string Name = "CBC clock";
}
