using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>Institutions, bases and their rooms: known regions and courses, sane numbers, valid coordinates.</summary>
internal static class SiteRules
{
    public static void Check(ValidationContext context)
    {
        var institutions = context.Scenario.Institutions;
        for (var i = 0; i < institutions.Count; i++)
        {
            Institution(context, institutions[i], context.Item(SourceMap.Institutions, i));
        }

        var bases = context.Scenario.Bases;
        for (var b = 0; b < bases.Count; b++)
        {
            Base(context, bases[b], context.Item(SourceMap.Bases, b));
        }

        var enterprises = context.Scenario.Enterprises;
        for (var e = 0; e < enterprises.Count; e++)
        {
            var path = context.Item(SourceMap.Enterprises, e);
            context.Known(context.Index.Regions, SourceMap.Regions, enterprises[e].Region, $"{path}.region", "region", "region");
            context.Location(enterprises[e].Location, $"{path}.location");
        }
    }

    private static void Institution(ValidationContext context, Institution institution, string path)
    {
        context.Known(context.Index.Regions, SourceMap.Regions, institution.Region, $"{path}.region", "region", "region");
        context.Location(institution.Location, $"{path}.location");
        context.InRange(institution.CreditStars, 1, 5, $"{path}.creditStars", "creditStars");
        context.AtLeastOne(institution.MaxConcurrentClasses, $"{path}.maxConcurrentClasses", "maxConcurrentClasses");
        for (var r = 0; r < institution.ApprovedRegions.Count; r++)
        {
            if (institution.ApprovedRegions[r] != "*")
            {
                context.Known(context.Index.Regions, SourceMap.Regions, institution.ApprovedRegions[r], $"{path}.approvedRegions[{r}]", "approvedRegions entry", "region");
            }
        }

        var offered = new HashSet<string>(StringComparer.Ordinal);
        for (var o = 0; o < institution.Offers.Count; o++)
        {
            var offer = institution.Offers[o];
            var offerPath = $"{path}.offers[{o}]";
            context.Known(context.Index.Courses, SourceMap.Courses, offer.Course, $"{offerPath}.course", "course", "course");
            context.NotNegative(offer.PricePerTrainee, $"{offerPath}.pricePerTrainee", "pricePerTrainee");
            if (!offered.Add(offer.Course))
            {
                context.Add($"{offerPath}.course", ValidationRules.DuplicateValue, $"course \"{offer.Course}\" is offered more than once by this institution");
            }
        }

        Rooms(context, institution.Rooms, path);
    }

    private static void Base(ValidationContext context, TrainingBase trainingBase, string path)
    {
        context.Known(context.Index.Regions, SourceMap.Regions, trainingBase.Region, $"{path}.region", "region", "region");
        context.Location(trainingBase.Location, $"{path}.location");
        Rooms(context, trainingBase.Rooms, path);
        UnavailabilityRules.Check(context, trainingBase.Unavailable, $"{path}.unavailable");
    }

    private static void Rooms(ValidationContext context, IReadOnlyList<Room> rooms, string sitePath)
    {
        for (var r = 0; r < rooms.Count; r++)
        {
            var path = $"{sitePath}.rooms[{r}]";
            context.AtLeastOne(rooms[r].Capacity, $"{path}.capacity", "capacity");
            context.NotNegative(rooms[r].FeePerSession, $"{path}.feePerSession", "feePerSession");
            if (rooms[r].Types.Count == 0)
            {
                context.Add($"{path}.types", ValidationRules.Empty, "types is empty; a room needs at least one room type");
            }
        }
    }
}
