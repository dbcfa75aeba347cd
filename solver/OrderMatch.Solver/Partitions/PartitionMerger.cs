using System.Globalization;
using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Partitions;

/// <summary>
/// Merges the plans of a scenario's partitions without double-booking. The scenario's pinned classes are booked first;
/// then the partitions' classes, those holding the most priority-weighted trainees first (ties: partition, then
/// position in its plan), are kept when they fit next to what is booked — trainer and room free at every session (H8, H9), the trainer's weekly cap (H8) and the institution's
/// weekly class count (H16) respected — and dropped otherwise. Orders belong to one partition each, so enrollments
/// never collide. Kept classes get ids unique across partitions: a class that keeps a previous-plan class's id and
/// decisions keeps that id (the change penalty sees it kept, as in an unpartitioned run); any other gets the next free
/// "K" number.
/// </summary>
public static class PartitionMerger
{
    public static MergeResult Merge(Scenario scenario, IReadOnlyList<Plan> partitionPlans)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(partitionPlans);
        var index = new ScenarioIndex(scenario);
        var calendar = new ScenarioCalendar(scenario.Horizon);
        var ledger = new MergeLedger(index, calendar);
        var pins = scenario.Pinned.Select(p => PinConflicts.WithSessions(p, index, calendar)).ToList();
        var previous = (scenario.PreviousPlan?.Classes ?? []).GroupBy(c => c.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var used = new HashSet<string>(pins.Select(p => p.Id), StringComparer.Ordinal);
        used.UnionWith(previous.Keys);
        var kept = new List<PlanClass>(pins);
        foreach (var pin in pins)
        {
            ledger.Book(pin);
        }

        var fits = new List<PlanClass>();
        var dropped = new List<DroppedClass>();
        var offered = partitionPlans
            .SelectMany((plan, p) => plan.Classes.Select((planClass, position) => (Partition: p, Position: position, Class: planClass)))
            .Where(x => !pins.Any(pin => IsPin(pin, x.Class)))
            .OrderByDescending(x => Value(index, x.Class)).ThenBy(x => x.Partition).ThenBy(x => x.Position)
            .ToList();
        foreach (var (partition, _, planClass) in offered)
        {
            if (ledger.Conflict(planClass) is { } conflict)
            {
                dropped.Add(new DroppedClass(partition, planClass, conflict));
                continue;
            }

            ledger.Book(planClass);
            fits.Add(planClass);
        }

        // Previous-plan ids first, so a new class can never take the id of a previous class kept elsewhere.
        var keepsPrevious = new HashSet<PlanClass>(ReferenceEqualityComparer.Instance);
        var keptIds = pins.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var planClass in fits)
        {
            if (previous.TryGetValue(planClass.Id, out var old) && old.SameDecisionsAs(planClass) && keptIds.Add(planClass.Id))
            {
                keepsPrevious.Add(planClass);
            }
        }

        var next = 1;
        foreach (var planClass in fits)
        {
            if (keepsPrevious.Contains(planClass))
            {
                kept.Add(planClass);
                continue;
            }

            string id;
            do
            {
                id = string.Create(CultureInfo.InvariantCulture, $"K{next++:D4}");
            }
            while (used.Contains(id));

            used.Add(id);
            kept.Add(planClass with { Id = id });
        }

        return new MergeResult(kept, dropped);
    }

    /// <summary>What dropping the class would cost in unserved penalty: its trainees weighted by their orders' priority.</summary>
    private static int Value(ScenarioIndex index, PlanClass planClass) =>
        planClass.Enrollments.Sum(e => e.Trainees * (index.Orders.TryGetValue(e.Order, out var order) ? order.Priority : 1));

    /// <summary>The scenario's pinned class itself, as a partition plan repeats it (same id, decisions and enrollments).</summary>
    private static bool IsPin(PlanClass pin, PlanClass planClass) =>
        pin.SameDecisionsAs(planClass) && pin.Course == planClass.Course
        && pin.Enrollments.OrderBy(e => e.Order, StringComparer.Ordinal).SequenceEqual(planClass.Enrollments.OrderBy(e => e.Order, StringComparer.Ordinal));
}
