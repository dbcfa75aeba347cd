using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Review;

/// <summary>Optional filters of a plan's class list; a class passes when it matches every filter given.</summary>
public sealed record ClassFilter(string? Institution = null, string? Trainer = null, string? Room = null, string? Course = null)
{
    public bool Matches(PlanClass k)
    {
        ArgumentNullException.ThrowIfNull(k);
        return (Institution is null || k.Institution == Institution)
            && (Trainer is null || k.Trainer == Trainer)
            && (Room is null || k.Room == Room)
            && (Course is null || k.Course == Course);
    }
}
