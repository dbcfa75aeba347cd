namespace OrderMatch.Data.Review;

/// <summary>An order whose trainees sit in other classes (or other numbers) than in the plan in force.</summary>
public sealed record EnrollmentMove(string Order, string? Enterprise, IReadOnlyList<ClassShare> Before, IReadOnlyList<ClassShare> After);
