using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// A plan with the row counts of a full plan for a scenario — every order enrolled, classes of up to the course's
/// maximum size, each with its course's sessions — for timing write-back. It references only existing entities, but
/// is not checked for conflicts: it measures volume, not quality.
/// </summary>
public static class ShapedPlan
{
    public static Plan For(Scenario scenario)
    {
        var calendar = new ScenarioCalendar(scenario.Horizon);
        var offering = scenario.Institutions
            .SelectMany(i => i.Offers.Select(o => (o.Course, Institution: i)))
            .Where(x => x.Institution.Rooms.Count > 0)
            .GroupBy(x => x.Course, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Institution, StringComparer.Ordinal);
        var trainer = scenario.Trainers[0];
        var classes = new List<PlanClass>();
        var unassigned = new List<Unassigned>();
        foreach (var course in scenario.Courses)
        {
            var orders = scenario.Orders.Where(o => o.Course == course.Id).ToList();
            if (!offering.TryGetValue(course.Id, out var institution))
            {
                unassigned.AddRange(orders.Select(o => new Unassigned
                {
                    Order = o.Id,
                    Trainees = o.Trainees,
                    Reasons = [new Reason { Code = ReasonCode.NoOffer, Detail = $"no institution offers {course.Id}", Entities = [course.Id] }],
                }));
                continue;
            }

            var pattern = calendar.ValidSlots.GroupBy(s => s.Day).Take(course.SessionsPerWeek).Select(g => g.First()).ToList();
            var sessions = calendar.Sessions(1, pattern, course.Sessions) ?? [];
            foreach (var group in Chunk(orders, course.MaxSize))
            {
                classes.Add(new PlanClass
                {
                    Id = $"K{classes.Count + 1:D6}",
                    Course = course.Id,
                    Institution = institution.Id,
                    Trainer = trainer.Id,
                    Room = institution.Rooms[0].Id,
                    StartWeek = 1,
                    Pattern = [.. pattern.Select(s => s.ToString())],
                    Sessions = sessions,
                    Enrollments = group,
                });
            }
        }

        return new Plan
        {
            Scenario = scenario.Name,
            Classes = classes,
            Unassigned = unassigned,
            Objective = new Objective(0, new ObjectiveComponents()),
            Solver = new SolverInfo { Status = SolverStatus.Feasible, Seconds = 0 },
        };
    }

    /// <summary>Fills classes order by order; an order larger than the room left is split across classes.</summary>
    private static IEnumerable<IReadOnlyList<Enrollment>> Chunk(IEnumerable<TrainingOrder> orders, int size)
    {
        var current = new List<Enrollment>();
        var free = size;
        foreach (var order in orders)
        {
            var left = order.Trainees;
            while (left > 0)
            {
                var take = Math.Min(left, free);
                current.Add(new Enrollment(order.Id, take));
                left -= take;
                free -= take;
                if (free == 0)
                {
                    yield return current;
                    current = [];
                    free = size;
                }
            }
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
