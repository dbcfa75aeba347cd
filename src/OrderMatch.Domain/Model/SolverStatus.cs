namespace OrderMatch.Domain.Model;

public enum SolverStatus
{
    Optimal,
    Feasible,
    Infeasible,
    TimeLimit,
}
