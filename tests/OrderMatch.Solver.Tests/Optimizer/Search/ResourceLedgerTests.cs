using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// The ledger numbers ids and sessions to check bookings quickly; the answers must be those of the rules: a trainer or
/// room once per date and period (H8, H9), a trainer's sessions per week (H8), an institution's classes per week (H16).
/// </summary>
public class ResourceLedgerTests
{
    private static readonly Scenario Scenario = ScenarioGenerator.Generate(Tier.S, 1);
    private static readonly ScenarioCalendar Calendar = new(Scenario.Horizon);
    private static readonly Trainer Trainer = Scenario.Trainers[0] with { MaxSessionsPerWeek = 3 };
    private static readonly Institution Institution = Scenario.Institutions[0] with { MaxConcurrentClasses = 2 };
    private static readonly string Room = Institution.Rooms[0].Id;

    [Fact]
    public void A_trainer_or_room_is_busy_only_at_the_date_and_period_booked()
    {
        var ledger = new ResourceLedger(Calendar);
        var monday = Calendar.DateOf(2, Weekday.Mon);
        ledger.Book(Institution.Id, Trainer.Id, Room, [new Session(monday, Period(0))]);
        ledger.Book("I-other", "T-other", "R-other", [new Session(monday.AddDays(3), Period(1))]);

        // Equal ids and periods made afresh, as a plan read from a file has them.
        Assert.True(ledger.TrainerBusy(Copy(Trainer.Id), new Session(monday, Copy(Period(0)))));
        Assert.True(ledger.RoomBusy(Copy(Room), new Session(monday, Copy(Period(0)))));
        Assert.False(ledger.TrainerBusy(Trainer.Id, new Session(monday, Period(1))));
        Assert.False(ledger.TrainerBusy(Trainer.Id, new Session(monday.AddDays(1), Period(0))));
        // A room and a trainer are told apart even when their ids are equal, and an id never booked is free.
        Assert.False(ledger.RoomBusy(Trainer.Id, new Session(monday, Period(0))));
        Assert.False(ledger.TrainerBusy(Room, new Session(monday, Period(0))));
        Assert.False(ledger.TrainerBusy(Scenario.Trainers[1].Id, new Session(monday, Period(0))));

        var other = Scenario.Trainers[1] with { MaxSessionsPerWeek = 10 };
        Assert.False(Admits(ledger, Trainer, Institution, "R-elsewhere", [new Session(monday, Period(0))]));
        Assert.False(Admits(ledger, other, Institution, Room, [new Session(monday, Period(0))]));
        Assert.True(Admits(ledger, other, Institution, "R-elsewhere", [new Session(monday, Period(0))]));
        Assert.True(Admits(ledger, Trainer, Institution, Room, [new Session(monday, Period(1))]));
    }

    [Fact]
    public void Weekly_limits_count_the_trainers_sessions_and_the_institutions_classes_per_week()
    {
        var ledger = new ResourceLedger(Calendar);
        var week2 = Calendar.DateOf(2, Weekday.Mon);
        var week3 = Calendar.DateOf(3, Weekday.Mon);
        ledger.Book(Institution.Id, Trainer.Id, Room, [new Session(week2, Period(0)), new Session(week2.AddDays(1), Period(0))]);

        Assert.Equal(2, ledger.TrainerSessions(Trainer.Id, 2));
        Assert.Equal(1, ledger.InstitutionClasses(Institution.Id, 2));
        Assert.Equal(0, ledger.InstitutionClasses(Institution.Id, 3));
        // The trainer may teach 3 sessions a week: one more in week 2 fits, two do not; week 3 is free.
        Assert.True(Admits(ledger, Trainer, Institution, "R-free", [new Session(week2.AddDays(2), Period(0))]));
        Assert.False(Admits(ledger, Trainer, Institution, "R-free", [new Session(week2.AddDays(2), Period(0)), new Session(week2.AddDays(3), Period(0))]));
        Assert.True(Admits(ledger, Trainer, Institution, "R-free", [new Session(week3, Period(0)), new Session(week3.AddDays(1), Period(0))]));

        // The institution may run 2 classes at once: a second class in week 2 fits, a third does not, in week 3 it does.
        var other = Scenario.Trainers[1] with { MaxSessionsPerWeek = 10 };
        ledger.Book(Institution.Id, other.Id, "R-second", [new Session(week2, Period(1))]);
        Assert.Equal(2, ledger.InstitutionClasses(Institution.Id, 2));
        Assert.False(Admits(ledger, other, Institution, "R-third", [new Session(week2.AddDays(4), Period(1))]));
        Assert.True(Admits(ledger, other, Institution, "R-third", [new Session(week3.AddDays(4), Period(1))]));
    }

    [Fact]
    public void A_clone_keeps_what_was_booked_and_books_on_its_own()
    {
        var ledger = new ResourceLedger(Calendar);
        var monday = Calendar.DateOf(2, Weekday.Mon);
        ledger.Book(Institution.Id, Trainer.Id, Room, [new Session(monday, Period(0))]);

        var clone = ledger.Clone();
        clone.Book(Institution.Id, Trainer.Id, "R-clone", [new Session(monday.AddDays(1), Period(0))]);
        ledger.Book(Institution.Id, "T-original", "R-original", [new Session(monday.AddDays(2), Period(1))]);

        Assert.True(clone.TrainerBusy(Trainer.Id, new Session(monday, Period(0))));
        Assert.True(clone.RoomBusy("R-clone", new Session(monday.AddDays(1), Period(0))));
        Assert.False(ledger.RoomBusy("R-clone", new Session(monday.AddDays(1), Period(0))));
        Assert.False(clone.TrainerBusy("T-original", new Session(monday.AddDays(2), Period(1))));
        Assert.Equal(2, clone.TrainerSessions(Trainer.Id, 2));
        Assert.Equal(1, ledger.TrainerSessions(Trainer.Id, 2));
        Assert.Equal(2, ledger.InstitutionClasses(Institution.Id, 2));
        Assert.Equal(2, clone.InstitutionClasses(Institution.Id, 2));
    }

    private static bool Admits(ResourceLedger ledger, Trainer trainer, Institution institution, string room, IReadOnlyList<Session> sessions) =>
        ledger.Admits(trainer, institution, room, sessions,
            sessions.GroupBy(s => Calendar.WeekOf(s.Date)).ToDictionary(g => g.Key, g => g.Count()));

    private static string Period(int i) => Scenario.Horizon.Periods[i];

    private static string Copy(string s) => new([.. s]);
}
