using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// What an order could use before any capacity is taken: the institution/room pairs that pass the static rules
/// (H2, H4 room type/ownership, H12 trainee travel, H13, H14, H15), or why none does.
/// </summary>
internal sealed record OrderEligibility(TrainingOrder Order, Course Course, Enterprise Enterprise, IReadOnlyList<SiteOption> Sites, IReadOnlyList<Reason> Blockers);
