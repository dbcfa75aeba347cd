namespace OrderMatch.Domain.Model;

/// <summary>The objective's parts, in yuan (FORMAT.md, Objective).</summary>
public sealed record ObjectiveComponents
{
    public double Unserved { get; init; }
    public double Tuition { get; init; }
    public double RoomFees { get; init; }
    public double TraineeTravel { get; init; }
    public double TrainerTravel { get; init; }
    public double ClassOpening { get; init; }
    public double Quality { get; init; }
    public double Changes { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public double Total => Unserved + Tuition + RoomFees + TraineeTravel + TrainerTravel + ClassOpening + Quality + Changes;
}
