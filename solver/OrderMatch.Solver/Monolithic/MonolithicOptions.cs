namespace OrderMatch.Solver.Monolithic;

/// <summary>Limits of the monolithic model. Limits live here, never in literals.</summary>
public sealed record MonolithicOptions
{
    /// <summary>
    /// Largest candidate-class space (site × trainer × pattern × start week, before availability checks) enumerated in
    /// full. A larger scenario keeps, as the candidate generator prunes, each site's nearest trainers and each course's
    /// most useful patterns within this budget; the model is then no longer exact (<see cref="MonolithicMip.Exhaustive"/>).
    /// </summary>
    public long CandidateBudget { get; init; } = 200_000;
}
