namespace OrderMatch.Domain.Model;

/// <summary>How a plan is priced. All money in yuan.</summary>
public sealed record Policy
{
    public required double UnservedTraineePenalty { get; init; }
    public required double TraineeTravelCostPerKm { get; init; }
    public required double TrainerTravelCostPerKm { get; init; }
    public required double ClassOpeningCost { get; init; }
    public required GradePenalties GradePenaltyPerTrainee { get; init; }
    public required double ChangePenalty { get; init; }
}
