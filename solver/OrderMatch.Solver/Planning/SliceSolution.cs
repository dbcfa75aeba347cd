namespace OrderMatch.Solver.Planning;

/// <summary>Classes opened in a slice with their enrollments (order index into the slice, trainees).</summary>
internal sealed record SliceSolution(IReadOnlyList<(CandidateClass Class, IReadOnlyList<(int Order, int Trainees)> Enrollments)> Classes)
{
    public static SliceSolution Empty { get; } = new([]);

    /// <summary>The slice's cost as the MIP counts it: fixed and per-trainee costs plus unserved penalties.</summary>
    public double ModelObjective(IReadOnlyList<DemandItem> orders, double unservedPenalty)
    {
        var served = new int[orders.Count];
        var cost = 0.0;
        foreach (var (k, enrollments) in Classes)
        {
            cost += k.FixedCost;
            foreach (var (o, n) in enrollments)
            {
                served[o] += n;
                cost += n * k.Orders.First(x => x.Order == o).PerTrainee;
            }
        }

        for (var o = 0; o < orders.Count; o++)
        {
            cost += (orders[o].Trainees - served[o]) * orders[o].Priority * unservedPenalty;
        }

        return cost;
    }
}
