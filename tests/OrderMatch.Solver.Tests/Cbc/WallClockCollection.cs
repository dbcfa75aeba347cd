namespace OrderMatch.Solver.Tests.Cbc;

/// <summary>
/// Tests that time a CBC run against the wall clock run alone: CBC counts its limit in the process's CPU seconds, so
/// other tests solving at the same time in the same process would use up the limit early.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WallClockCollection
{
    public const string Name = "CBC wall clock";
}
