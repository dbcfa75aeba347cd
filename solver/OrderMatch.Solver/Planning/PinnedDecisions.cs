using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// The decision pins of a run, by the orders they name. An order named by pins may join only classes that every one
/// of its pins admits (<see cref="DecisionPin.Admits"/>). Eligibility drops the sites, the course space the times and
/// candidate generation the trainers such a class could not have, so the MIP, the greedy start and the
/// neighbourhood search never see a candidate that breaks a pin.
/// </summary>
internal sealed class PinnedDecisions
{
    private readonly Dictionary<string, List<DecisionPin>> _byOrder = new(StringComparer.Ordinal);

    public PinnedDecisions(IEnumerable<DecisionPin> pins)
    {
        foreach (var pin in pins)
        {
            foreach (var order in pin.Orders.Distinct(StringComparer.Ordinal))
            {
                if (!_byOrder.TryGetValue(order, out var list))
                {
                    _byOrder[order] = list = [];
                }

                list.Add(pin);
            }
        }
    }

    public static PinnedDecisions None { get; } = new([]);

    /// <summary>The pins naming the order, in the order they were given.</summary>
    public IReadOnlyList<DecisionPin> For(string order) => _byOrder.TryGetValue(order, out var list) ? list : [];

    public bool Constrains(string order) => _byOrder.ContainsKey(order);

    /// <summary>Every pin of the order keeps the course, institution and room of such a class.</summary>
    public bool AdmitsSite(string order, string course, string institution, string room) =>
        For(order).All(p => p.Course == course && (p.Institution is null || p.Institution == institution) && (p.Room is null || p.Room == room));

    /// <summary>Every pin of the order keeps the start week and pattern of such a class.</summary>
    public bool AdmitsTime(string order, int startWeek, IReadOnlyList<Slot> pattern) =>
        For(order).All(p => (p.StartWeek is null || p.StartWeek == startWeek)
                            && (p.Pattern is null || p.Pattern.SequenceEqual(pattern.Select(s => s.ToString()), StringComparer.Ordinal)));

    public bool AdmitsTrainer(string order, string trainer) =>
        For(order).All(p => p.Trainer is null || p.Trainer == trainer);

    /// <summary>Every pin of the order admits the candidate class as a whole.</summary>
    public bool Admits(string order, CandidateClass k)
    {
        var pins = For(order);
        if (pins.Count == 0)
        {
            return true;
        }

        var pattern = k.Pattern.Select(s => s.ToString()).ToList();
        return pins.All(p => p.Admits(k.Course.Id, k.Site.Institution.Id, k.Trainer.Id, k.Site.Room.Room.Id, k.StartWeek, pattern));
    }

    /// <summary>"class K0003 (trainer T1, week 2)": the pins of an order and what they keep, for explanations.</summary>
    public string Describe(string order) =>
        string.Join("; ", For(order).Select(p => $"class {p.ClassId} ({Decisions(p)})"));

    private static string Decisions(DecisionPin p)
    {
        var parts = new List<string> { $"course {p.Course}" };
        if (p.Institution is not null)
        {
            parts.Add($"institution {p.Institution}");
        }

        if (p.Trainer is not null)
        {
            parts.Add($"trainer {p.Trainer}");
        }

        if (p.Room is not null)
        {
            parts.Add($"room {p.Room}");
        }

        if (p.StartWeek is { } week)
        {
            parts.Add($"start week {week}");
        }

        if (p.Pattern is not null)
        {
            parts.Add($"pattern {string.Join('+', p.Pattern)}");
        }

        return string.Join(", ", parts);
    }
}
