namespace OrderMatch.Cli.Benchmarks;

/// <summary>What `bench replan` writes to each scenario's folder (DIR/S-1/…): the scenarios and every plan it compared, in the FORMAT.md shape.</summary>
public static class ReplanFiles
{
    /// <summary>The generated scenario S0.</summary>
    public const string Scenario = "s0.scenario.json";

    /// <summary>P0, the approved plan for S0.</summary>
    public const string Approved = "p0.plan.json";

    /// <summary>S1: S0 with the new orders and, as previousPlan, P0 less the declined classes.</summary>
    public const string ReplanScenario = "s1.scenario.json";

    /// <summary>P1, the re-plan of S1 with its previousPlan.</summary>
    public const string Replanned = "p1.plan.json";

    /// <summary>P2, S1 solved without its previousPlan (check it against S1 without previousPlan).</summary>
    public const string FromScratch = "p2.plan.json";

    /// <summary>The plan keeping every previous class that can be kept and opening nothing else, which establishes the minimum.</summary>
    public const string Witness = "kept.plan.json";
}
