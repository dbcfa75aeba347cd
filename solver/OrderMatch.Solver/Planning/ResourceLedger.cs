using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// What earlier decisions (pins, earlier slices) already use: trainer and room sessions (H8, H9), trainer sessions
/// per week (H8) and institution classes per week (H16). A candidate that collides is never generated.
/// Ids are numbered as they are booked, and a session is a number made of its date and period, so that a check looks
/// up each id once and then only numbers: the search asks this ledger millions of times.
/// </summary>
internal sealed class ResourceLedger
{
    private readonly ScenarioCalendar _calendar;

    /// <summary>Each booked trainer, room and institution id's number (one numbering for all three; they have sets of their own).</summary>
    private readonly Dictionary<string, int> _ids;

    /// <summary>The periods met so far, by number (a day has a handful).</summary>
    private readonly List<string> _periods;

    private readonly HashSet<long> _trainerBusy;
    private readonly HashSet<long> _roomBusy;
    private readonly Dictionary<long, int> _trainerWeek;
    private readonly Dictionary<long, int> _institutionWeek;

    public ResourceLedger(ScenarioCalendar calendar)
        : this(calendar, new Dictionary<string, int>(StringComparer.Ordinal), [], [], [], [], [])
    {
    }

    private ResourceLedger(ScenarioCalendar calendar, Dictionary<string, int> ids, List<string> periods, HashSet<long> trainerBusy,
        HashSet<long> roomBusy, Dictionary<long, int> trainerWeek, Dictionary<long, int> institutionWeek)
    {
        _calendar = calendar;
        _ids = ids;
        _periods = periods;
        _trainerBusy = trainerBusy;
        _roomBusy = roomBusy;
        _trainerWeek = trainerWeek;
        _institutionWeek = institutionWeek;
    }

    public void Book(string institution, string trainer, string room, IEnumerable<Session> sessions)
    {
        var trainerNo = Number(trainer);
        var roomNo = Number(room);
        var institutionNo = Number(institution);
        var weeks = new HashSet<int>();
        foreach (var s in sessions)
        {
            var slot = Slot(s, add: true);
            _trainerBusy.Add(Key(trainerNo, slot));
            _roomBusy.Add(Key(roomNo, slot));
            var week = _calendar.WeekOf(s.Date);
            var trainerWeek = Key(trainerNo, week);
            _trainerWeek[trainerWeek] = _trainerWeek.GetValueOrDefault(trainerWeek) + 1;
            weeks.Add(week);
        }

        foreach (var week in weeks)
        {
            var institutionWeek = Key(institutionNo, week);
            _institutionWeek[institutionWeek] = _institutionWeek.GetValueOrDefault(institutionWeek) + 1;
        }
    }

    public bool TrainerBusy(string trainer, Session session) => Busy(_trainerBusy, trainer, session);

    public bool RoomBusy(string room, Session session) => Busy(_roomBusy, room, session);

    public int TrainerSessions(string trainer, int week) => Count(_trainerWeek, trainer, week);

    public int InstitutionClasses(string institution, int week) => Count(_institutionWeek, institution, week);

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
        // An id never booked holds nothing: its checks are passed without looking.
        var trainerNo = _ids.GetValueOrDefault(trainer.Id, -1);
        var institutionNo = _ids.GetValueOrDefault(institution.Id, -1);
        var roomNo = _ids.GetValueOrDefault(room, -1);
        // Weeks first: a few lookups, and in a full plan the institutions' weekly limits rule out most classes.
        foreach (var (week, count) in sessionsPerWeek)
        {
            var classes = institutionNo < 0 ? 0 : _institutionWeek.GetValueOrDefault(Key(institutionNo, week));
            var trainerSessions = trainerNo < 0 ? 0 : _trainerWeek.GetValueOrDefault(Key(trainerNo, week));
            if (classes + 1 > institution.MaxConcurrentClasses || trainerSessions + count > trainer.MaxSessionsPerWeek)
            {
                return false;
            }
        }

        if (trainerNo < 0 && roomNo < 0)
        {
            return true;
        }

        for (var i = 0; i < sessions.Count; i++)
        {
            var slot = Slot(sessions[i], add: false);
            if (slot >= 0 && ((trainerNo >= 0 && _trainerBusy.Contains(Key(trainerNo, slot))) || (roomNo >= 0 && _roomBusy.Contains(Key(roomNo, slot)))))
            {
                return false;
            }
        }

        return true;
    }

    public void Book(CandidateClass candidate) =>
        Book(candidate.Site.Institution.Id, candidate.Trainer.Id, candidate.Site.Room.Room.Id, candidate.Sessions);

    public ResourceLedger Clone() =>
        new(_calendar, new Dictionary<string, int>(_ids, StringComparer.Ordinal), [.. _periods], [.. _trainerBusy], [.. _roomBusy],
            new Dictionary<long, int>(_trainerWeek), new Dictionary<long, int>(_institutionWeek));

    /// <summary>An id's number with a session's or a week's: up to 22 bits of id, then 41 bits of day and period (or of week).</summary>
    private static long Key(int id, long slotOrWeek) => ((long)id << 41) | slotOrWeek;

    private int Number(string id)
    {
        if (!_ids.TryGetValue(id, out var number))
        {
            _ids[id] = number = _ids.Count;
        }

        return number;
    }

    /// <summary>A session as a number (its day, then 10 bits of period), or -1 for a period never booked when <paramref name="add"/> is off.</summary>
    private long Slot(Session session, bool add)
    {
        var period = -1;
        for (var i = 0; i < _periods.Count; i++)
        {
            if (ReferenceEquals(_periods[i], session.Period) || string.Equals(_periods[i], session.Period, StringComparison.Ordinal))
            {
                period = i;
                break;
            }
        }

        if (period < 0)
        {
            if (!add)
            {
                return -1;
            }

            if (_periods.Count >= 1 << 10)
            {
                throw new InvalidOperationException($"A day has more than {1 << 10} periods; the ledger numbers at most that many.");
            }

            period = _periods.Count;
            _periods.Add(session.Period);
        }

        return ((long)session.Date.DayNumber << 10) | (long)period;
    }

    private bool Busy(HashSet<long> busy, string id, Session session)
    {
        if (!_ids.TryGetValue(id, out var number))
        {
            return false;
        }

        var slot = Slot(session, add: false);
        return slot >= 0 && busy.Contains(Key(number, slot));
    }

    private int Count(Dictionary<long, int> counts, string id, int week) =>
        _ids.TryGetValue(id, out var number) ? counts.GetValueOrDefault(Key(number, week)) : 0;
}
