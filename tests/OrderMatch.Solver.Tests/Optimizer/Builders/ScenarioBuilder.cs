using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Tests.Optimizer.Builders;

/// <summary>
/// A minimal scenario that a test changes only where it matters. <see cref="Minimal"/> starts with region R1 (subsidy
/// scope any), course C1 (occupation OCC level 1, 2 sessions at 1 a week, size 1–20, room type "lab"), institution I1
/// at 0 km (excellent, approved everywhere, C1 at 100 a trainee, room I1-R1: lab for 20), trainer T1 of I1 at 0 km,
/// enterprise E1 of R1 at 0 km, 2 weeks from Monday 2026-01-05, Mon–Fri, AM/PM, and the worked example's policy.
/// Entities added by id start from the same defaults; an id that exists is edited instead.
/// </summary>
internal sealed class ScenarioBuilder
{
    public const string Lab = "lab";
    public const string Occupation = "OCC";

    private readonly List<Region> _regions = [];
    private readonly List<Course> _courses = [];
    private readonly List<Institution> _institutions = [];
    private readonly List<Trainer> _trainers = [];
    private readonly List<TrainingBase> _bases = [];
    private readonly List<Enterprise> _enterprises = [];
    private readonly List<TrainingOrder> _orders = [];
    private readonly List<PlanClass> _pinned = [];
    private readonly List<PlanClass> _previous = [];
    private Horizon _horizon = new()
    {
        StartDate = new DateOnly(2026, 1, 5), Weeks = 2, Days = [Weekday.Mon, Weekday.Tue, Weekday.Wed, Weekday.Thu, Weekday.Fri],
        Periods = ["AM", "PM"],
    };

    private Policy _policy = new()
    {
        UnservedTraineePenalty = 10000, TraineeTravelCostPerKm = 0.5, TrainerTravelCostPerKm = 1.0, ClassOpeningCost = 800,
        GradePenaltyPerTrainee = new GradePenalties(0, 60, 200), ChangePenalty = 2000,
    };

    private ScenarioBuilder()
    {
    }

    public static ScenarioBuilder Minimal() =>
        new ScenarioBuilder().Region("R1").Course("C1").Institution("I1").Trainer("T1").Enterprise("E1");

    public ScenarioBuilder Horizon(Func<Horizon, Horizon> edit)
    {
        _horizon = edit(_horizon);
        return this;
    }

    public ScenarioBuilder Closed(params string[] dates) => Horizon(h => h with { ClosedDates = [.. h.ClosedDates, .. dates.Select(Dates.D)] });

    public ScenarioBuilder Policy(Func<Policy, Policy> edit)
    {
        _policy = edit(_policy);
        return this;
    }

    public ScenarioBuilder Region(string id, SubsidyScope scope = SubsidyScope.Any, string? alliance = null) =>
        Upsert(_regions, r => r.Id == id, () => new Region { Id = id, Name = id, SubsidyScope = scope, Alliance = alliance },
            r => r with { SubsidyScope = scope, Alliance = alliance });

    public ScenarioBuilder Course(string id, Func<Course, Course>? edit = null) =>
        Upsert(_courses, c => c.Id == id, () => new Course
        {
            Id = id, Occupation = Occupation, OccupationName = "occupation", Level = 1, Sessions = 2, SessionsPerWeek = 1,
            MinSize = 1, MaxSize = 20, RoomType = Lab,
        }, edit);

    /// <summary>An institution at <paramref name="km"/> (when added) with its own lab room "{id}-R1" for 20.</summary>
    public ScenarioBuilder Institution(string id, Func<Institution, Institution>? edit = null, double km = 0) =>
        Upsert(_institutions, i => i.Id == id, () => new Institution
        {
            Id = id, Name = id, Region = "R1", Location = Place.Km(km), Email = $"{id.ToLowerInvariant()}@example.org",
            Grade = Grade.Excellent, CreditStars = 5, ApprovedRegions = ["*"], Offers = [new Offer("C1", 100)],
            MaxConcurrentClasses = 5, Rooms = [Room($"{id}-R1", 20)],
        }, edit);

    /// <summary>A trainer of <paramref name="institution"/> at <paramref name="km"/> (when added), qualified for OCC up to level 5.</summary>
    public ScenarioBuilder Trainer(string id, Func<Trainer, Trainer>? edit = null, string institution = "I1", double km = 0) =>
        Upsert(_trainers, t => t.Id == id, () => new Trainer
        {
            Id = id, Name = id, Institution = institution, Location = Place.Km(km), Qualifications = [new Qualification(Occupation, 5)],
            MaxSessionsPerWeek = 10, MaxTravelKm = 500,
        }, edit);

    /// <summary>A trainer of the shared cross-institution pool.</summary>
    public ScenarioBuilder PoolTrainer(string id, double km, Func<Trainer, Trainer>? edit = null) =>
        Trainer(id, t => (edit ?? (x => x))(t with { Institution = null }), institution: "-", km: km);

    public ScenarioBuilder Unavailable(string trainerId, params Unavailability[] when) =>
        Trainer(trainerId, t => t with { Unavailable = [.. t.Unavailable, .. when] });

    /// <summary>A shared base of region R1 at <paramref name="km"/> with one lab room "{id}-R1".</summary>
    public ScenarioBuilder Base(string id, double km, int capacity, double feePerSession, Func<TrainingBase, TrainingBase>? edit = null) =>
        Upsert(_bases, b => b.Id == id, () => new TrainingBase
        {
            Id = id, Name = id, Region = "R1", Location = Place.Km(km), Rooms = [Room($"{id}-R1", capacity, feePerSession)],
        }, edit);

    public ScenarioBuilder Enterprise(string id, Func<Enterprise, Enterprise>? edit = null, double km = 0) =>
        Upsert(_enterprises, e => e.Id == id, () => new Enterprise
        {
            Id = id, Name = id, Region = "R1", Location = Place.Km(km), Size = EnterpriseSize.Small,
        }, edit);

    /// <summary>An order of E1 for C1, priority 3, open over the whole horizon.</summary>
    public ScenarioBuilder Order(string id, int trainees, Func<TrainingOrder, TrainingOrder>? edit = null) =>
        Upsert(_orders, o => o.Id == id, () => new TrainingOrder
        {
            Id = id, Enterprise = "E1", Course = "C1", Trainees = trainees, Priority = 3,
            EarliestStart = _horizon.StartDate, Deadline = _horizon.StartDate.AddDays((7 * _horizon.Weeks) - 1),
        }, o => (edit ?? (x => x))(o with { Trainees = trainees }));

    public ScenarioBuilder Pin(PlanClass pinned)
    {
        _pinned.Add(pinned);
        return this;
    }

    public ScenarioBuilder Previous(PlanClass previous)
    {
        _previous.Add(previous);
        return this;
    }

    public Scenario Build() => new()
    {
        Name = "built",
        Horizon = _horizon,
        Regions = [.. _regions],
        Courses = [.. _courses],
        Institutions = [.. _institutions],
        Trainers = [.. _trainers],
        Bases = [.. _bases],
        Enterprises = [.. _enterprises],
        Orders = [.. _orders],
        Policy = _policy,
        Pinned = [.. _pinned],
        PreviousPlan = _previous.Count == 0 ? null : new PreviousPlan { Classes = [.. _previous] },
    };

    public static Room Room(string id, int capacity, double feePerSession = 0, string type = Lab) =>
        new() { Id = id, Types = [type], Capacity = capacity, FeePerSession = feePerSession };

    private ScenarioBuilder Upsert<T>(List<T> items, Predicate<T> match, Func<T> create, Func<T, T>? edit)
    {
        var at = items.FindIndex(match);
        if (at < 0)
        {
            items.Add(edit is null ? create() : edit(create()));
        }
        else if (edit is not null)
        {
            items[at] = edit(items[at]);
        }

        return this;
    }
}
