using OrderMatch.Domain.ICalendar;

namespace OrderMatch.Data.Notifications;

/// <summary>
/// Compares the classes of the newly approved plan with those of the plan it replaces, per institution: a class id
/// only in the new plan is new, only in the old one cancelled, in both but with other sessions, room, trainer or
/// enrollments changed. Unchanged classes are left out; so is an institution with nothing to hear.
/// </summary>
public static class ClassDeltas
{
    public static IReadOnlyDictionary<string, IReadOnlyList<ClassDelta>> Compare(IReadOnlyList<ClassFacts> before, IReadOnlyList<ClassFacts> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.ToDictionary(k => (k.InstitutionId, k.ClassId));
        var current = after.ToDictionary(k => (k.InstitutionId, k.ClassId));
        var deltas = new List<ClassDelta>();
        foreach (var k in after)
        {
            if (!old.TryGetValue((k.InstitutionId, k.ClassId), out var was))
            {
                deltas.Add(new ClassDelta(k, ClassChange.New, []));
            }
            else if (Differences(was, k) is { Count: > 0 } changed)
            {
                deltas.Add(new ClassDelta(k, ClassChange.Changed, changed));
            }
        }

        deltas.AddRange(before.Where(k => !current.ContainsKey((k.InstitutionId, k.ClassId)))
            .Select(k => new ClassDelta(k, ClassChange.Cancelled, [])));
        return deltas
            .GroupBy(d => d.Facts.InstitutionId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ClassDelta>)[.. g.OrderBy(d => d.Change).ThenBy(d => d.Facts.ClassId, StringComparer.Ordinal)],
                StringComparer.Ordinal);
    }

    public static IReadOnlyList<string> Differences(ClassFacts before, ClassFacts after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = new List<string>();
        if (!before.Sessions.SequenceEqual(after.Sessions))
        {
            changed.Add(ChangedAspect.Time);
        }

        if (before.RoomId != after.RoomId)
        {
            changed.Add(ChangedAspect.Room);
        }

        if (before.TrainerId != after.TrainerId)
        {
            changed.Add(ChangedAspect.Trainer);
        }

        if (!Enrolled(before).SequenceEqual(Enrolled(after)))
        {
            changed.Add(ChangedAspect.Enrollments);
        }

        return changed;
    }

    private static IEnumerable<(string Order, int Trainees)> Enrolled(ClassFacts facts) =>
        facts.Enrollments.Select(e => (e.Order, e.Trainees)).OrderBy(e => e.Order, StringComparer.Ordinal);
}
