using OrderMatch.Domain.Model;

namespace OrderMatch.Solver;

/// <summary>The plan a run produced, with figures about how it was found.</summary>
public sealed record SolveReport(Plan Plan, int Slices, int Candidates, bool Exhaustive, int MipColumns, int MipRows)
{
    /// <summary>Classes <see cref="Planning.ClassColumnDive"/> booked as the search's start; null when the slices built it.</summary>
    public int? DivedClasses { get; init; }

    /// <summary>Neighbourhoods the large-neighbourhood search re-solved.</summary>
    public int NeighbourhoodsTried { get; init; }

    /// <summary>Neighbourhoods whose re-solve improved the plan.</summary>
    public int NeighbourhoodsImproved { get; init; }

    /// <summary>Neighbourhoods the greedy sweep before the MIPs re-planned, and those of them that improved the plan.</summary>
    public int NeighbourhoodsSwept { get; init; }

    /// <inheritdoc cref="NeighbourhoodsSwept"/>
    public int SweepImprovements { get; init; }

    /// <summary>Neighbourhoods re-planned by the dive after the MIPs, and those of them that improved the plan.</summary>
    public int NeighbourhoodsRedived { get; init; }

    /// <inheritdoc cref="NeighbourhoodsRedived"/>
    public int RediveImprovements { get; init; }

    /// <summary>Seconds each phase of the run took, in the order they ran.</summary>
    public IReadOnlyList<PhaseTiming> Phases { get; init; } = [];
}
