namespace OrderMatch.Web.Localization;

/// <summary>The solver's outcome as the plan page names it.</summary>
public static partial class Texts
{
    public static readonly UiText SolverOptimal = new("最优", "optimal");
    public static readonly UiText SolverFeasible = new("可行", "feasible");
    public static readonly UiText SolverInfeasible = new("无可行解", "infeasible");
    public static readonly UiText SolverTimeLimit = new("达到时间上限", "time limit reached");
}
