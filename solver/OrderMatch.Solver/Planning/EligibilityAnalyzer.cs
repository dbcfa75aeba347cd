using System.Globalization;
using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// Filters, per order, the institutions and rooms that the static hard rules allow, and when nothing is left
/// records the filter that removed the last option as a reason (NO_OFFER, PRICE, SUBSIDY_SCOPE, NO_ROOM, TRAVEL).
/// Decision pins naming an order keep only the sites whose institution and room they admit.
/// The offers and rooms of a course are listed once (<see cref="CourseRooms"/>) and the room filters (size, travel)
/// are applied to each room once per order, before rooms are paired with institutions, so the work grows with orders ×
/// (offering institutions + rooms) rather than orders × institutions × rooms.
/// </summary>
internal static class EligibilityAnalyzer
{
    public static IReadOnlyDictionary<string, OrderEligibility> Analyze(ScenarioIndex index) => Analyze(index, PinnedDecisions.None);

    public static IReadOnlyDictionary<string, OrderEligibility> Analyze(ScenarioIndex index, PinnedDecisions pins)
    {
        var result = new Dictionary<string, OrderEligibility>(StringComparer.Ordinal);
        var rooms = new CourseRooms(index);
        foreach (var order in index.Scenario.Orders)
        {
            var eligibility = Analyze(index, rooms, order);
            result[order.Id] = pins.Constrains(order.Id) && eligibility.Blockers.Count == 0 ? Pinned(eligibility, pins) : eligibility;
        }

        return result;
    }

    private static OrderEligibility Analyze(ScenarioIndex index, CourseRooms rooms, TrainingOrder order)
    {
        var course = index.Courses[order.Course];
        var enterprise = index.Enterprises[order.Enterprise];
        var offering = rooms.Offering(course);
        if (offering.Count == 0)
        {
            return Blocked(order, course, enterprise, ReasonCode.NoOffer,
                $"no institution of passing grade offers course {course.Id} ({course.OccupationName} level {course.Level})", [course.Id]);
        }

        var approved = offering.Where(i => i.Institution.IsApprovedFor(enterprise.Region)).ToList();
        if (approved.Count == 0)
        {
            return Blocked(order, course, enterprise, ReasonCode.NoOffer,
                $"none of the {offering.Count} institutions offering {course.Id} is approved for region {enterprise.Region}",
                [course.Id, enterprise.Region, .. offering.Select(i => i.Institution.Id)]);
        }

        var priced = order.MaxPricePerTrainee is { } cap ? approved.Where(i => i.Price <= cap).ToList() : approved;
        if (priced.Count == 0)
        {
            var cheapest = approved.MinBy(i => i.Price);
            return Blocked(order, course, enterprise, ReasonCode.Price,
                string.Create(CultureInfo.InvariantCulture,
                    $"price cap {order.MaxPricePerTrainee} is below every approved offer of {course.Id}; cheapest is {cheapest.Institution.Id} at {cheapest.Price}"),
                [course.Id, cheapest.Institution.Id]);
        }

        var subsidised = order.RequiresSubsidy
            ? priced.Where(i => index.SubsidyEligible(i.Institution, enterprise.Region)).ToList()
            : priced;
        if (subsidised.Count == 0)
        {
            var scope = index.Regions[enterprise.Region].SubsidyScope;
            return Blocked(order, course, enterprise, ReasonCode.SubsidyScope,
                $"region {enterprise.Region} subsidises only {scope.ToString().ToLowerInvariant()} institutions and none of them offers {course.Id} within the order's terms",
                [enterprise.Region, course.Id, .. priced.Select(i => i.Institution.Id)]);
        }

        // Every (institution, room) pair in the order the rules consider them: per institution its own rooms, then the bases'.
        var withRoom = subsidised.SelectMany(i => rooms.All(i.Institution, course).Select(room => (i.Institution, Room: room)));
        var bases = rooms.Bases(course);
        if (bases.Count == 0 && subsidised.All(i => rooms.Own(i.Institution, course).Count == 0))
        {
            return Blocked(order, course, enterprise, ReasonCode.NoRoom,
                $"no room of type {course.RoomType} with capacity ≥ {course.MinSize} is available to the eligible institutions of {course.Id}",
                [course.RoomType, .. subsidised.Select(i => i.Institution.Id)]);
        }

        // H11: an unsplittable order needs one class that holds it whole; a split one needs room for its smallest chunk.
        var smallestEnrollment = order.Splittable ? order.MinChunk : order.Trainees;
        bool Roomy(RoomSite room) => Math.Min(course.MaxSize, room.Room.Capacity) >= smallestEnrollment;
        var roomyBases = bases.Where(Roomy).ToList();
        if (roomyBases.Count == 0 && subsidised.All(i => !rooms.Own(i.Institution, course).Any(Roomy)))
        {
            var largest = subsidised.Max(i => rooms.Largest(i.Institution, course));
            var what = order.Splittable ? $"its minimum chunk of {order.MinChunk}" : $"all {order.Trainees} trainees of the unsplittable order";
            return Blocked(order, course, enterprise, ReasonCode.NoRoom,
                $"no class of {course.Id} can hold {what}: the largest eligible room and course size allow {largest}",
                [order.Id, course.Id, .. withRoom.Select(s => s.Room.Room.Id).Distinct().Take(5)]);
        }

        bool Reachable(RoomSite room) => order.MaxTravelKm is not { } km || Geo.DistanceKm(enterprise.Location, room.Location) <= km;
        var reachableBases = roomyBases.Where(Reachable).ToList();
        var sites = new List<SiteOption>();
        foreach (var (institution, price) in subsidised)
        {
            foreach (var room in rooms.Own(institution, course))
            {
                if (Roomy(room) && Reachable(room))
                {
                    sites.Add(new SiteOption(institution, room, price));
                }
            }

            foreach (var room in reachableBases)
            {
                sites.Add(new SiteOption(institution, room, price));
            }
        }

        if (sites.Count == 0)
        {
            var nearest = withRoom.Where(s => Roomy(s.Room)).MinBy(s => Geo.DistanceKm(enterprise.Location, s.Room.Location));
            return Blocked(order, course, enterprise, ReasonCode.Travel,
                string.Create(CultureInfo.InvariantCulture,
                    $"no venue for {course.Id} lies within {order.MaxTravelKm} km of {enterprise.Id}; nearest is room {nearest.Room.Room.Id} at {Geo.DistanceKm(enterprise.Location, nearest.Room.Location):0.0} km"),
                [enterprise.Id, nearest.Room.Room.Id]);
        }

        return new OrderEligibility(order, course, enterprise, sites, []);
    }

    /// <summary>The sites the order's decision pins admit; none left is explained with the pins' classes.</summary>
    private static OrderEligibility Pinned(OrderEligibility eligibility, PinnedDecisions pins)
    {
        var order = eligibility.Order;
        var course = eligibility.Course;
        var sites = eligibility.Sites.Where(s => pins.AdmitsSite(order.Id, course.Id, s.Institution.Id, s.Room.Room.Id)).ToList();
        if (sites.Count > 0)
        {
            return eligibility with { Sites = sites };
        }

        var pinClasses = pins.For(order.Id).Select(p => p.ClassId).Distinct(StringComparer.Ordinal).ToList();
        // Course and institution kept but none of their rooms: the room decision is what cannot be met.
        var institutionKept = eligibility.Sites.Any(s =>
            pins.For(order.Id).All(p => p.Course == course.Id && (p.Institution is null || p.Institution == s.Institution.Id)));
        var code = institutionKept ? ReasonCode.NoRoom : ReasonCode.NoOffer;
        var what = institutionKept ? "room" : "course and institution";
        return Blocked(order, course, eligibility.Enterprise, code,
            $"the decisions kept from {pins.Describe(order.Id)} leave no eligible {what} for {course.Id}",
            [.. pinClasses, course.Id]);
    }

    private static OrderEligibility Blocked(TrainingOrder order, Course course, Enterprise enterprise, ReasonCode code, string detail, IReadOnlyList<string> entities) =>
        new(order, course, enterprise, [], [new Reason { Code = code, Detail = $"order {order.Id}: {detail}", Entities = entities }]);
}
