using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Partitions;

/// <summary>
/// What the classes kept so far in a merge book: trainer and room sessions (H8, H9), trainer sessions per week (H8) and
/// institution classes per week (H16). The rules about one class alone (qualification, travel, unavailability, …) each
/// partition plan already keeps, so only the rules between classes are checked here.
/// </summary>
internal sealed class MergeLedger(ScenarioIndex index, ScenarioCalendar calendar)
{
    private readonly Dictionary<(string Trainer, DateOnly Date, string Period), string> _trainerBusy = [];
    private readonly Dictionary<(string Room, DateOnly Date, string Period), string> _roomBusy = [];
    private readonly Dictionary<(string Trainer, int Week), int> _trainerWeek = [];
    private readonly Dictionary<(string Institution, int Week), int> _institutionWeek = [];

    /// <summary>The first rule the class would break on top of what is booked, naming the class it collides with; null when it fits.</summary>
    public string? Conflict(PlanClass planClass)
    {
        foreach (var s in planClass.Sessions)
        {
            if (_trainerBusy.TryGetValue((planClass.Trainer, s.Date, s.Period), out var other))
            {
                return $"H8: trainer {planClass.Trainer} already teaches class {other} on {s.Date:yyyy-MM-dd} {s.Period}";
            }

            if (_roomBusy.TryGetValue((planClass.Room, s.Date, s.Period), out other))
            {
                return $"H9: room {planClass.Room} already hosts class {other} on {s.Date:yyyy-MM-dd} {s.Period}";
            }
        }

        foreach (var (week, sessions) in planClass.Sessions.GroupBy(s => calendar.WeekOf(s.Date)).Select(g => (g.Key, g.Count())))
        {
            if (index.Trainers.TryGetValue(planClass.Trainer, out var trainer)
                && _trainerWeek.GetValueOrDefault((planClass.Trainer, week)) + sessions > trainer.MaxSessionsPerWeek)
            {
                return $"H8: trainer {planClass.Trainer} would teach more than {trainer.MaxSessionsPerWeek} sessions in week {week}";
            }

            if (index.Institutions.TryGetValue(planClass.Institution, out var institution)
                && _institutionWeek.GetValueOrDefault((planClass.Institution, week)) + 1 > institution.MaxConcurrentClasses)
            {
                return $"H16: institution {planClass.Institution} would run more than {institution.MaxConcurrentClasses} classes in week {week}";
            }
        }

        return null;
    }

    public void Book(PlanClass planClass)
    {
        foreach (var s in planClass.Sessions)
        {
            _trainerBusy[(planClass.Trainer, s.Date, s.Period)] = planClass.Id;
            _roomBusy[(planClass.Room, s.Date, s.Period)] = planClass.Id;
        }

        foreach (var week in planClass.Sessions.GroupBy(s => calendar.WeekOf(s.Date)))
        {
            _trainerWeek[(planClass.Trainer, week.Key)] = _trainerWeek.GetValueOrDefault((planClass.Trainer, week.Key)) + week.Count();
            _institutionWeek[(planClass.Institution, week.Key)] = _institutionWeek.GetValueOrDefault((planClass.Institution, week.Key)) + 1;
        }
    }
}
