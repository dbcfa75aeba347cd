using System.Globalization;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Review;

/// <summary>
/// Compares a plan with the plan in force. Classes are matched by id (as FORMAT.md's change penalty matches them); a
/// matched class is changed when its course, institution, trainer, room or time (start week and pattern) differ. An
/// order moved when the classes and trainee counts it has differ between the two plans.
/// </summary>
public static class PlanDiff
{
    public static PlanDiffView Compare(ReviewedPlan plan, ReviewedPlan? inForce, RegionScope scope)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scope);
        var after = plan.Stored.Plan.Classes;
        var before = inForce?.Stored.Plan.Classes ?? [];
        var beforeById = before.ToDictionary(k => k.Id, StringComparer.Ordinal);
        var afterIds = after.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        var places = Merge(plan.Places, inForce?.Places);
        bool Visible(PlanClass k) => scope.Covers(places.InstitutionRegion(k.Institution));

        var added = after.Where(k => !beforeById.ContainsKey(k.Id) && Visible(k)).Select(k => ClassView.Of(k, places, false)).ToList();
        var removed = before.Where(k => !afterIds.Contains(k.Id) && Visible(k)).Select(k => ClassView.Of(k, places, false)).ToList();
        var changed = new List<ClassChange>();
        foreach (var k in after)
        {
            if (beforeById.TryGetValue(k.Id, out var old) && (Visible(k) || Visible(old)) && Changes(old, k) is { Count: > 0 } changes)
            {
                changed.Add(new ClassChange(k.Id, places.InstitutionRegion(k.Institution), changes));
            }
        }

        return new PlanDiffView(plan.Id, inForce?.Id, added, removed, changed, Moves(before, after, places, scope));
    }

    /// <summary>The decisions of <paramref name="after"/> that differ from <paramref name="before"/>.</summary>
    public static IReadOnlyList<DecisionChange> Changes(PlanClass before, PlanClass after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<DecisionChange>();
        void Compare(string decision, string a, string b)
        {
            if (a != b)
            {
                changes.Add(new DecisionChange(decision, a, b));
            }
        }

        Compare("course", before.Course, after.Course);
        Compare("institution", before.Institution, after.Institution);
        Compare("trainer", before.Trainer, after.Trainer);
        Compare("room", before.Room, after.Room);
        Compare("time", Time(before), Time(after));
        return changes;
    }

    private static string Time(PlanClass k) =>
        $"week {k.StartWeek.ToString(CultureInfo.InvariantCulture)}: {string.Join(" ", k.Pattern)}";

    private static List<EnrollmentMove> Moves(IReadOnlyList<PlanClass> before, IReadOnlyList<PlanClass> after, PlanPlaces places,
        RegionScope scope)
    {
        var was = Shares(before);
        var now = Shares(after);
        var moves = new List<EnrollmentMove>();
        foreach (var order in was.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var a = was.GetValueOrDefault(order) ?? [];
            var b = now.GetValueOrDefault(order) ?? [];
            if (scope.Covers(places.OrderRegion(order)) && !a.SequenceEqual(b))
            {
                moves.Add(new EnrollmentMove(order, places.Orders.GetValueOrDefault(order)?.Enterprise, a, b));
            }
        }

        return moves;
    }

    private static Dictionary<string, List<ClassShare>> Shares(IReadOnlyList<PlanClass> classes) =>
        classes.SelectMany(k => k.Enrollments.Select(e => (e.Order, Share: new ClassShare(k.Id, e.Trainees))))
            .GroupBy(x => x.Order, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Share).OrderBy(s => s.ClassId, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    private static PlanPlaces Merge(PlanPlaces a, PlanPlaces? b)
    {
        if (b is null)
        {
            return a;
        }

        var orders = new Dictionary<string, OrderPlace>(b.Orders, StringComparer.Ordinal);
        foreach (var (id, place) in a.Orders)
        {
            orders[id] = place;
        }

        return a with { Orders = orders };
    }
}
