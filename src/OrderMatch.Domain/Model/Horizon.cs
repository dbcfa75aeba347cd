namespace OrderMatch.Domain.Model;

/// <summary>The planning window: <see cref="Weeks"/> weeks from a Monday, on the given days and periods.</summary>
public sealed record Horizon
{
    public required DateOnly StartDate { get; init; }
    public required int Weeks { get; init; }
    public required IReadOnlyList<Weekday> Days { get; init; }
    public required IReadOnlyList<string> Periods { get; init; }
    public IReadOnlyList<DateOnly> ClosedDates { get; init; } = [];
}
