namespace OrderMatch.Solver.Planning;

/// <summary>An order still to be planned: its eligibility and the trainees not already held by pinned classes.</summary>
internal sealed record DemandItem(OrderEligibility Eligibility, int Trainees)
{
    public string OrderId => Eligibility.Order.Id;

    public int Priority => Eligibility.Order.Priority;
}
