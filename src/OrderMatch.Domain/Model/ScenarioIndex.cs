namespace OrderMatch.Domain.Model;

/// <summary>Look-ups by id over a scenario. The first entity wins where ids repeat (validation reports repeats).</summary>
public sealed class ScenarioIndex
{
    public ScenarioIndex(Scenario scenario)
    {
        Scenario = scenario;
        Regions = ById(scenario.Regions, r => r.Id);
        Courses = ById(scenario.Courses, c => c.Id);
        Institutions = ById(scenario.Institutions, i => i.Id);
        Trainers = ById(scenario.Trainers, t => t.Id);
        Bases = ById(scenario.Bases, b => b.Id);
        Enterprises = ById(scenario.Enterprises, e => e.Id);
        Orders = ById(scenario.Orders, o => o.Id);
        var sites = new Dictionary<string, RoomSite>(StringComparer.Ordinal);
        foreach (var institution in scenario.Institutions)
        {
            foreach (var room in institution.Rooms)
            {
                sites.TryAdd(room.Id, new RoomSite(room, institution, null));
            }
        }

        foreach (var trainingBase in scenario.Bases)
        {
            foreach (var room in trainingBase.Rooms)
            {
                sites.TryAdd(room.Id, new RoomSite(room, null, trainingBase));
            }
        }

        Rooms = sites;
    }

    public Scenario Scenario { get; }
    public IReadOnlyDictionary<string, Region> Regions { get; }
    public IReadOnlyDictionary<string, Course> Courses { get; }
    public IReadOnlyDictionary<string, Institution> Institutions { get; }
    public IReadOnlyDictionary<string, Trainer> Trainers { get; }
    public IReadOnlyDictionary<string, TrainingBase> Bases { get; }
    public IReadOnlyDictionary<string, Enterprise> Enterprises { get; }
    public IReadOnlyDictionary<string, TrainingOrder> Orders { get; }
    public IReadOnlyDictionary<string, RoomSite> Rooms { get; }

    /// <summary>The institution's price for a course, or null when it does not offer it.</summary>
    public static double? PriceOf(Institution institution, string courseId) =>
        institution.Offers.FirstOrDefault(o => o.Course == courseId)?.PricePerTrainee;

    /// <summary>H15: may the institution deliver subsidised training to enterprises of <paramref name="enterpriseRegion"/>?</summary>
    public bool SubsidyEligible(Institution institution, string enterpriseRegion)
    {
        if (!Regions.TryGetValue(enterpriseRegion, out var region))
        {
            return false;
        }

        return region.SubsidyScope switch
        {
            SubsidyScope.Any => true,
            SubsidyScope.Local => institution.Region == region.Id,
            SubsidyScope.Alliance => institution.Region == region.Id
                || (region.Alliance is not null && Regions.TryGetValue(institution.Region, out var own) && own.Alliance == region.Alliance),
            _ => false,
        };
    }

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(id(item), item);
        }

        return map;
    }
}
