using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// A class the optimizer may open: course × institution × room × trainer × start week × weekly pattern, with its
/// sessions fixed by the session rule, the orders that may join it, and its cost split into a fixed part
/// (opening, room fees, trainer travel) and a per-trainee part per order (tuition, quality, trainee travel).
/// </summary>
internal sealed class CandidateClass
{
    public required Course Course { get; init; }
    public required SiteOption Site { get; init; }
    public required Trainer Trainer { get; init; }
    public required int StartWeek { get; init; }
    public required Slot[] Pattern { get; init; }
    public required IReadOnlyList<Session> Sessions { get; init; }
    public required int Capacity { get; init; }
    public required double FixedCost { get; init; }

    /// <summary>Orders that may enroll (index into the slice's order list) and the cost of one of their trainees here.</summary>
    public List<(int Order, double PerTrainee)> Orders { get; } = [];

    /// <summary>Weeks in which the class has at least one session, with the number of sessions in each.</summary>
    public required IReadOnlyDictionary<int, int> SessionsPerWeek { get; init; }

    /// <summary>The class of a course space at site × trainer × pattern <paramref name="p"/> × start week <paramref name="w"/> (which must have sessions).</summary>
    public static CandidateClass At(CourseSpace space, SiteOption site, Trainer trainer, int p, int w, int capacity, double fixedCost) =>
        new()
        {
            Course = space.Course,
            Site = site,
            Trainer = trainer,
            StartWeek = w,
            Pattern = space.Patterns[p],
            Sessions = space.Sessions[p, w]!,
            Capacity = capacity,
            FixedCost = fixedCost,
            SessionsPerWeek = space.SessionsPerWeek(p, w),
        };

    /// <summary>A readable name made of the entity ids, restricted to characters LP and MPS files accept.</summary>
    public string Describe() =>
        MipNames.Clean($"{Course.Id}_{Site.Institution.Id}_{Site.Room.Room.Id}_{Trainer.Id}_w{StartWeek}_{string.Join('_', Pattern)}");

    public bool SameDecisionsAs(PlanClass previous) =>
        previous.Course == Course.Id && previous.Institution == Site.Institution.Id && previous.Trainer == Trainer.Id
        && previous.Room == Site.Room.Room.Id && previous.StartWeek == StartWeek
        && previous.Pattern.SequenceEqual(Pattern.Select(s => s.ToString()));
}
