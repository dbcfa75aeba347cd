using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// What a class-week at an institution is worth to the whole scenario: the duals of the institutions' weekly limits
/// (H16) in <see cref="ClassColumnBound"/>'s LP, as positive amounts. A slice solved on its own sees only its own
/// orders; charged these prices, its classes leave the weeks other courses need most to them, as the LP over every
/// order does.
/// </summary>
internal sealed class WeekPrices(IReadOnlyDictionary<(string Institution, int Week), double> prices)
{
    public int Count => prices.Count;

    /// <summary>The price of the weeks in which the class has a session.</summary>
    public double Of(CandidateClass candidate)
    {
        var total = 0.0;
        foreach (var week in candidate.SessionsPerWeek.Keys)
        {
            total += prices.GetValueOrDefault((candidate.Site.Institution.Id, week));
        }

        return total;
    }

    /// <summary>
    /// The candidates with each one's fixed cost raised by its weeks' price (a copy where there is one to charge), and
    /// how to turn a solution over them back into one over the originals. Candidates repeating a class of the plan in
    /// force (<paramref name="previous"/>) are not charged: the prices steer new classes, never away from keeping one.
    /// </summary>
    public (IReadOnlyList<CandidateClass> Candidates, Func<SliceSolution, SliceSolution> Restore) Charge(IReadOnlyList<CandidateClass> candidates,
        IReadOnlyList<PlanClass> previous)
    {
        var original = new Dictionary<CandidateClass, CandidateClass>(ReferenceEqualityComparer.Instance);
        var charged = new List<CandidateClass>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var price = Of(candidate);
            if (price <= 0 || previous.Any(candidate.SameDecisionsAs))
            {
                charged.Add(candidate);
                continue;
            }

            var copy = new CandidateClass
            {
                Course = candidate.Course, Site = candidate.Site, Trainer = candidate.Trainer, StartWeek = candidate.StartWeek,
                Pattern = candidate.Pattern, Sessions = candidate.Sessions, Capacity = candidate.Capacity,
                FixedCost = candidate.FixedCost + price, SessionsPerWeek = candidate.SessionsPerWeek,
            };
            copy.Orders.AddRange(candidate.Orders);
            original[copy] = candidate;
            charged.Add(copy);
        }

        return (charged, solution => new SliceSolution(
            [.. solution.Classes.Select(c => (original.TryGetValue(c.Class, out var o) ? o : c.Class, c.Enrollments))]));
    }
}
