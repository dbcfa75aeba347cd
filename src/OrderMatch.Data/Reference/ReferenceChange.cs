namespace OrderMatch.Data.Reference;

/// <summary>The outcome of a reference data change; for a conflict, which entity is in the way and how.</summary>
public sealed record ReferenceChange(ReferenceOutcome Outcome, string? ConflictDetail = null)
{
    public static ReferenceChange Done { get; } = new(ReferenceOutcome.Done);

    public static ReferenceChange NotFound { get; } = new(ReferenceOutcome.NotFound);
}
