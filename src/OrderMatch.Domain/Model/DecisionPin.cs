namespace OrderMatch.Domain.Model;

/// <summary>
/// One decision of a class a coordinator keeps for the next run, while the rest of the class may change: every order
/// listed that is served at all is served only by classes of <see cref="Course"/> that keep each decision given here
/// (the institution, trainer, room, or the time: start week and pattern). A null decision is free.
/// </summary>
public sealed record DecisionPin
{
    /// <summary>The class the decision was taken from, for explanations.</summary>
    public required string ClassId { get; init; }
    public required string Course { get; init; }
    public required IReadOnlyList<string> Orders { get; init; }
    public string? Institution { get; init; }
    public string? Trainer { get; init; }
    public string? Room { get; init; }
    public int? StartWeek { get; init; }
    public IReadOnlyList<string>? Pattern { get; init; }

    /// <summary>Whether a class with these decisions keeps every decision this pin holds.</summary>
    public bool Admits(string course, string institution, string trainer, string room, int startWeek, IReadOnlyList<string> pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return course == Course
            && (Institution is null || Institution == institution)
            && (Trainer is null || Trainer == trainer)
            && (Room is null || Room == room)
            && (StartWeek is null || StartWeek == startWeek)
            && (Pattern is null || Pattern.SequenceEqual(pattern));
    }
}
