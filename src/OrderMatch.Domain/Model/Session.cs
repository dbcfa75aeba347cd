namespace OrderMatch.Domain.Model;

/// <summary>One concrete session: a date and a period.</summary>
public sealed record Session(DateOnly Date, string Period);
