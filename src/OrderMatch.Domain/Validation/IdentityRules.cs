namespace OrderMatch.Domain.Validation;

/// <summary>Ids are non-empty and unique per entity kind; room ids are unique across institutions and bases.</summary>
internal static class IdentityRules
{
    public static void Check(ValidationContext context)
    {
        var scenario = context.Scenario;
        Unique(context, SourceMap.Regions, scenario.Regions.Select(r => r.Id), "region");
        Unique(context, SourceMap.Courses, scenario.Courses.Select(c => c.Id), "course");
        Unique(context, SourceMap.Institutions, scenario.Institutions.Select(i => i.Id), "institution");
        Unique(context, SourceMap.Trainers, scenario.Trainers.Select(t => t.Id), "trainer");
        Unique(context, SourceMap.Bases, scenario.Bases.Select(b => b.Id), "base");
        Unique(context, SourceMap.Enterprises, scenario.Enterprises.Select(e => e.Id), "enterprise");
        Unique(context, SourceMap.Orders, scenario.Orders.Select(o => o.Id), "order");
        Unique(context, SourceMap.Pinned, scenario.Pinned.Select(c => c.Id), "pinned class");
        Unique(context, SourceMap.PreviousClasses, (scenario.PreviousPlan?.Classes ?? []).Select(c => c.Id), "previous-plan class");
        RoomsUnique(context);
    }

    private static void Unique(ValidationContext context, string collection, IEnumerable<string> ids, string kind)
    {
        var firstAt = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            Claim(context, firstAt, id, $"{context.Item(collection, index)}.id", kind);
            index++;
        }
    }

    private static void RoomsUnique(ValidationContext context)
    {
        var firstAt = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < context.Scenario.Institutions.Count; i++)
        {
            var rooms = context.Scenario.Institutions[i].Rooms;
            for (var r = 0; r < rooms.Count; r++)
            {
                Claim(context, firstAt, rooms[r].Id, $"{context.Item(SourceMap.Institutions, i)}.rooms[{r}].id", "room");
            }
        }

        for (var b = 0; b < context.Scenario.Bases.Count; b++)
        {
            var rooms = context.Scenario.Bases[b].Rooms;
            for (var r = 0; r < rooms.Count; r++)
            {
                Claim(context, firstAt, rooms[r].Id, $"{context.Item(SourceMap.Bases, b)}.rooms[{r}].id", "room");
            }
        }
    }

    private static void Claim(ValidationContext context, Dictionary<string, string> firstAt, string id, string path, string kind)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            context.Add(path, ValidationRules.Empty, $"id of a {kind} must not be empty");
        }
        else if (!firstAt.TryAdd(id, path))
        {
            context.Add(path, ValidationRules.DuplicateId, $"id \"{id}\" is already used by the {kind} at {firstAt[id]}; {kind} ids must be unique");
        }
    }
}
