namespace OrderMatch.Solver.Monolithic;

/// <summary>Limits of the monolithic model. Limits live here, never in literals.</summary>
public sealed record MonolithicOptions
{
    /// <summary>
    /// Largest candidate-class space (site × trainer × pattern × start week, before availability checks) enumerated in
    /// full. A larger scenario holds at most this many candidates: each course, in its share of the budget, the classes
    /// worth most to its orders among those the candidate generator's pruning leaves; the model is then no longer exact
    /// (<see cref="MonolithicMip.Exhaustive"/>).
    /// </summary>
    public long CandidateBudget { get; init; } = 200_000;
}
