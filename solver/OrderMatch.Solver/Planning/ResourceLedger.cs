using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// What earlier decisions (pins, earlier slices) already use: trainer and room sessions (H8, H9), trainer sessions
/// per week (H8) and institution classes per week (H16). A candidate that collides is never generated.
/// </summary>
internal sealed class ResourceLedger
{
    private readonly ScenarioCalendar _calendar;
    private readonly HashSet<(string Trainer, DateOnly Date, string Period)> _trainerBusy = [];
    private readonly HashSet<(string Room, DateOnly Date, string Period)> _roomBusy = [];
    private readonly Dictionary<(string Trainer, int Week), int> _trainerWeek = [];
    private readonly Dictionary<(string Institution, int Week), int> _institutionWeek = [];

    public ResourceLedger(ScenarioCalendar calendar) => _calendar = calendar;

    public void Book(string institution, string trainer, string room, IEnumerable<Session> sessions)
    {
        var weeks = new HashSet<int>();
        foreach (var s in sessions)
        {
            _trainerBusy.Add((trainer, s.Date, s.Period));
            _roomBusy.Add((room, s.Date, s.Period));
            var week = _calendar.WeekOf(s.Date);
            _trainerWeek[(trainer, week)] = TrainerSessions(trainer, week) + 1;
            weeks.Add(week);
        }

        foreach (var week in weeks)
        {
            _institutionWeek[(institution, week)] = InstitutionClasses(institution, week) + 1;
        }
    }

    public bool TrainerBusy(string trainer, Session session) => _trainerBusy.Contains((trainer, session.Date, session.Period));

    public bool RoomBusy(string room, Session session) => _roomBusy.Contains((room, session.Date, session.Period));

    public int TrainerSessions(string trainer, int week) => _trainerWeek.GetValueOrDefault((trainer, week));

    public int InstitutionClasses(string institution, int week) => _institutionWeek.GetValueOrDefault((institution, week));

    /// <summary>Can this class be added on top of what is booked, on its own?</summary>
    public bool Admits(CandidateClass candidate) =>
        Admits(candidate.Trainer, candidate.Site.Institution, candidate.Site.Room.Room.Id, candidate.Sessions, candidate.SessionsPerWeek);

    /// <summary>Can this class (with its sessions) be added on top of what is booked, on its own?</summary>
    public bool Admits(PlanClass planClass, Trainer trainer, Institution institution) =>
        Admits(trainer, institution, planClass.Room, planClass.Sessions,
            planClass.Sessions.GroupBy(s => _calendar.WeekOf(s.Date)).ToDictionary(g => g.Key, g => g.Count()));

    /// <summary>
    /// Can a class with this trainer, institution, room and sessions (counted per week) be added on top of what is
    /// booked, on its own?
    /// </summary>
    public bool Admits(Trainer trainer, Institution institution, string room, IReadOnlyList<Session> sessions,
        IReadOnlyDictionary<int, int> sessionsPerWeek)
    {
        // Weeks first: a few lookups, and in a full plan the institutions' weekly limits rule out most classes.
        foreach (var (week, count) in sessionsPerWeek)
        {
            if (InstitutionClasses(institution.Id, week) + 1 > institution.MaxConcurrentClasses
                || TrainerSessions(trainer.Id, week) + count > trainer.MaxSessionsPerWeek)
            {
                return false;
            }
        }

        for (var i = 0; i < sessions.Count; i++)
        {
            if (TrainerBusy(trainer.Id, sessions[i]) || RoomBusy(room, sessions[i]))
            {
                return false;
            }
        }

        return true;
    }

    public void Book(CandidateClass candidate) =>
        Book(candidate.Site.Institution.Id, candidate.Trainer.Id, candidate.Site.Room.Room.Id, candidate.Sessions);

    public ResourceLedger Clone()
    {
        var copy = new ResourceLedger(_calendar);
        copy._trainerBusy.UnionWith(_trainerBusy);
        copy._roomBusy.UnionWith(_roomBusy);
        foreach (var kv in _trainerWeek)
        {
            copy._trainerWeek[kv.Key] = kv.Value;
        }

        foreach (var kv in _institutionWeek)
        {
            copy._institutionWeek[kv.Key] = kv.Value;
        }

        return copy;
    }
}
