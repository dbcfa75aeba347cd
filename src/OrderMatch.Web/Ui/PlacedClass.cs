namespace OrderMatch.Web.Ui;

/// <summary>A class an order is enrolled in, with the trainees it sends and the class's first and last session day.</summary>
public sealed record PlacedClass
{
    public required string ClassId { get; init; }
    public required string Course { get; init; }
    public required string Institution { get; init; }
    public required string Trainer { get; init; }
    public required string Room { get; init; }
    public int Trainees { get; init; }
    public DateOnly? FirstDate { get; init; }
    public DateOnly? LastDate { get; init; }
}
