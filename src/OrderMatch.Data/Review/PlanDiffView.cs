namespace OrderMatch.Data.Review;

/// <summary>
/// A plan against the approved plan in force (<see cref="AgainstPlanId"/>; null when none is in force, and then every
/// class is added): classes added, removed, changed, and orders whose enrollments moved.
/// </summary>
public sealed record PlanDiffView(long PlanId, long? AgainstPlanId, IReadOnlyList<ClassView> Added, IReadOnlyList<ClassView> Removed,
    IReadOnlyList<ClassChange> Changed, IReadOnlyList<EnrollmentMove> MovedEnrollments);
