using System.Globalization;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Partitions;

/// <summary>Builds one partition's sub-scenario: its orders and the reference data they can use, nothing else.</summary>
internal static class SubScenario
{
    public static ScenarioPartition Build(Scenario scenario, ScenarioIndex index, int number, int count, List<TrainingOrder> orders,
        List<PlanClass> previous, IReadOnlyList<DecisionPin> decisionPins)
    {
        var orderIds = orders.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var enterpriseIds = orders.Select(o => o.Enterprise).ToHashSet(StringComparer.Ordinal);
        var regions = orders.Select(o => index.Enterprises[o.Enterprise].Region).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var pinned = scenario.Pinned.Where(p => p.Enrollments.Count > 0 && p.Enrollments.All(e => orderIds.Contains(e.Order))).ToList();
        var courseIds = orders.Select(o => o.Course).Concat(pinned.Select(p => p.Course)).ToHashSet(StringComparer.Ordinal);
        var courses = scenario.Courses.Where(c => courseIds.Contains(c.Id)).ToList();
        var roomTypes = courses.Select(c => c.RoomType).ToHashSet(StringComparer.Ordinal);
        var pinnedInstitutions = pinned.Select(p => p.Institution).ToHashSet(StringComparer.Ordinal);
        var institutions = scenario.Institutions
            .Where(i => pinnedInstitutions.Contains(i.Id)
                        || (i.Grade != Grade.Fail && i.Offers.Any(o => courseIds.Contains(o.Course)) && regions.Any(i.IsApprovedFor)))
            .ToList();
        var institutionIds = institutions.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var pinnedTrainers = pinned.Select(p => p.Trainer).ToHashSet(StringComparer.Ordinal);
        var trainers = scenario.Trainers
            .Where(t => pinnedTrainers.Contains(t.Id)
                        || ((t.Institution is null || institutionIds.Contains(t.Institution)) && courses.Any(t.IsQualifiedFor)))
            .ToList();
        var pinnedRooms = pinned.Select(p => p.Room).ToHashSet(StringComparer.Ordinal);
        var bases = scenario.Bases.Where(b => b.Rooms.Any(r => pinnedRooms.Contains(r.Id) || r.Types.Any(roomTypes.Contains))).ToList();
        var pins = decisionPins
            .Where(p => p.Orders.Any(orderIds.Contains))
            .Select(p => p with { Orders = [.. p.Orders.Where(orderIds.Contains)] })
            .ToList();
        var sub = scenario with
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"{scenario.Name} (partition {number + 1} of {count})"),
            Courses = courses,
            Institutions = institutions,
            Trainers = trainers,
            Bases = bases,
            Enterprises = [.. scenario.Enterprises.Where(e => enterpriseIds.Contains(e.Id))],
            Orders = orders,
            Pinned = pinned,
            PreviousPlan = previous.Count == 0 ? null : new PreviousPlan { Classes = previous },
        };
        return new ScenarioPartition(number, sub, pins, regions, orders.Sum(o => o.Trainees));
    }
}
