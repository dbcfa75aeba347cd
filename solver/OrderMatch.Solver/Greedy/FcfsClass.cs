using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Greedy;

/// <summary>A class the first-come-first-served planner opened, and who it has taken so far.</summary>
internal sealed class FcfsClass(CandidateClass candidate, int site, int pattern)
{
    public CandidateClass Candidate { get; } = candidate;

    /// <summary>Index of the site in the course space.</summary>
    public int Site { get; } = site;

    /// <summary>Index of the pattern in the course space.</summary>
    public int Pattern { get; } = pattern;

    public List<(string Order, int Trainees)> Enrollments { get; } = [];

    public int Size => Enrollments.Sum(e => e.Trainees);

    public int Room => Candidate.Capacity - Size;
}
