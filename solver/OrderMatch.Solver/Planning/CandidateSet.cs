namespace OrderMatch.Solver.Planning;

/// <summary>The candidate classes of one slice; <see cref="Exhaustive"/> when nothing was pruned, so a MIP over them is exact.</summary>
internal sealed record CandidateSet(IReadOnlyList<CandidateClass> Candidates, bool Exhaustive);
