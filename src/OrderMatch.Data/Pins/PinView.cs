using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Pins;

/// <summary>
/// A pin as listed: the class it holds, what it keeps (<c>["class"]</c> for a whole class, else the decisions), the
/// class's decisions and enrollments as pinned, the plan it came from when known, who pinned it and when.
/// </summary>
public sealed record PinView
{
    public required string ClassId { get; init; }
    public required IReadOnlyList<string> Keep { get; init; }
    public long? PlanId { get; init; }
    public required string Course { get; init; }
    public required string Institution { get; init; }
    public string? Region { get; init; }
    public required string Trainer { get; init; }
    public required string Room { get; init; }
    public required int StartWeek { get; init; }
    public required IReadOnlyList<string> Pattern { get; init; }
    /// <summary>The orders the pin binds.</summary>
    public required IReadOnlyList<string> Orders { get; init; }

    /// <summary>The enrollments of a whole-class pin; null for a decision pin, which keeps no trainee counts.</summary>
    public IReadOnlyList<Enrollment>? Enrollments { get; init; }
    public required string PinnedBy { get; init; }
    public required DateTimeOffset PinnedAt { get; init; }
}
