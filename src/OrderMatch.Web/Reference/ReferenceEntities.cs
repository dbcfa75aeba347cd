using OrderMatch.Data.Reference;
using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Reference;

/// <summary>
/// What the API needs to know of each reference collection: its entities in a scenario, an entity's id, and the region
/// it belongs to (a region its own; an institution, base or enterprise its region; a trainer its institution's region;
/// null for shared data — courses and the trainers of the shared pool).
/// </summary>
public static class ReferenceEntities
{
    public static string JsonName(ReferenceCollection collection) => ReferenceStore.Table(collection);

    public static IReadOnlyList<object> Items(Scenario scenario, ReferenceCollection collection)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return collection switch
        {
            ReferenceCollection.Regions => [.. scenario.Regions],
            ReferenceCollection.Enterprises => [.. scenario.Enterprises],
            ReferenceCollection.Courses => [.. scenario.Courses],
            ReferenceCollection.Institutions => [.. scenario.Institutions],
            ReferenceCollection.Trainers => [.. scenario.Trainers],
            _ => [.. scenario.Bases],
        };
    }

    public static string Id(object entity) => entity switch
    {
        Region r => r.Id,
        Enterprise e => e.Id,
        Course c => c.Id,
        Domain.Model.Institution i => i.Id,
        Trainer t => t.Id,
        TrainingBase b => b.Id,
        _ => throw new ArgumentException($"{entity?.GetType().Name} is not reference data", nameof(entity)),
    };

    public static string? Region(Scenario scenario, object entity)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return entity switch
        {
            Region r => r.Id,
            Enterprise e => e.Region,
            Domain.Model.Institution i => i.Region,
            TrainingBase b => b.Region,
            Trainer { Institution: { } institution } => scenario.Institutions.FirstOrDefault(i => i.Id == institution)?.Region,
            _ => null,
        };
    }
}
