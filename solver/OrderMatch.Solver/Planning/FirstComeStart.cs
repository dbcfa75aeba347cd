using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Greedy;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// First come, first served over the whole scenario as a start for a sliced construction: its classes per course, as
/// candidates with every order that may join them and as each slice's solution. While slices are solved one after the
/// other, the classes of the slices still to come hold their resources (<see cref="Reserve"/>), so each slice can always
/// fall back on its own first-come classes and the construction ends no worse than first come, first served.
/// A class that an order's decision pins do not admit is left out, with its trainees.
/// </summary>
internal sealed class FirstComeStart
{
    private readonly Dictionary<string, List<(CandidateClass Class, IReadOnlyList<(int Order, int Trainees)> Enrollments)>> _byCourse;

    private FirstComeStart(Dictionary<string, List<(CandidateClass, IReadOnlyList<(int, int)>)>> byCourse) => _byCourse = byCourse;

    /// <summary>First come, first served on <paramref name="spaces"/> in the scenario's order sequence, against a copy of <paramref name="ledger"/>.</summary>
    public static FirstComeStart Plan(IReadOnlyList<CourseSpace> spaces, IEnumerable<TrainingOrder> sequence, ResourceLedger ledger,
        ScenarioCalendar calendar, Policy policy, CandidateGenerator generator, CancellationToken cancellationToken)
    {
        var classes = FcfsPlanner.Classes(spaces, sequence, new FcfsPlanner.Desk(ledger.Clone(), calendar, policy), cancellationToken);
        var spaceOf = spaces.ToDictionary(s => s.Course.Id, StringComparer.Ordinal);
        var byCourse = new Dictionary<string, List<(CandidateClass, IReadOnlyList<(int, int)>)>>(StringComparer.Ordinal);
        foreach (var c in classes)
        {
            var space = spaceOf[c.Candidate.Course.Id];
            var k = generator.At(space, c.Site, c.Candidate.Trainer, c.Pattern, c.Candidate.StartWeek);
            if (k is null)
            {
                continue;
            }

            var enrollments = new List<(int, int)>();
            foreach (var (order, trainees) in c.Enrollments)
            {
                var o = k.Orders.FindIndex(e => space.Orders[e.Order].OrderId == order);
                if (o < 0)
                {
                    break;
                }

                enrollments.Add((k.Orders[o].Order, trainees));
            }

            if (enrollments.Count == c.Enrollments.Count)
            {
                if (!byCourse.TryGetValue(space.Course.Id, out var list))
                {
                    byCourse[space.Course.Id] = list = [];
                }

                list.Add((k, enrollments));
            }
        }

        return new FirstComeStart(byCourse);
    }

    /// <summary>The course's first-come classes as a slice solution, orders numbered as in its course space.</summary>
    public SliceSolution For(string course) => _byCourse.TryGetValue(course, out var list) ? new SliceSolution(list) : SliceSolution.Empty;

    /// <summary>Books the course's first-come classes in <paramref name="ledger"/>.</summary>
    public void Reserve(ResourceLedger ledger, string course)
    {
        foreach (var (k, _) in For(course).Classes)
        {
            ledger.Book(k);
        }
    }
}
