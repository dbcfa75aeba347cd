using OrderMatch.Domain.Model;

namespace OrderMatch.Solver;

/// <summary>The plan a run produced, with figures about how it was found.</summary>
public sealed record SolveReport(Plan Plan, int Slices, int Candidates, bool Exhaustive, int MipColumns, int MipRows);
