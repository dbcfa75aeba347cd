namespace OrderMatch.Data.Review;

/// <summary>One decision of a class that differs from the plan in force: course, institution, trainer, room or time.</summary>
public sealed record DecisionChange(string Decision, string Before, string After);
