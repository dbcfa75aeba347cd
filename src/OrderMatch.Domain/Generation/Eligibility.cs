using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// Which institutions could serve an order, ignoring capacity: they may teach (not failed), offer the course,
/// are approved for the enterprise's region, are eligible for subsidy where required, and lie within the order's
/// travel limit. Every institution teaches in its own room with its own trainer, so its site is a venue.
/// </summary>
internal sealed class Eligibility
{
    private readonly Dictionary<string, List<(Institution Institution, double Price)>> _offers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Region> _regions;
    private readonly List<(Location Location, IReadOnlyList<string> Types)> _sites;

    public Eligibility(GenerationContext context)
    {
        _regions = context.Regions.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var course in context.Courses)
        {
            _offers[course.Id] = [];
        }

        foreach (var institution in context.Institutions.Where(i => i.Grade != Grade.Fail))
        {
            foreach (var offer in institution.Offers)
            {
                _offers[offer.Course].Add((institution, offer.PricePerTrainee));
            }
        }

        _sites =
        [
            .. context.Institutions.Select(i => (i.Location, (IReadOnlyList<string>)[.. i.Rooms.SelectMany(r => r.Types).Distinct()])),
            .. context.Bases.Select(b => (b.Location, (IReadOnlyList<string>)[.. b.Rooms.SelectMany(r => r.Types).Distinct()])),
        ];
    }

    public IEnumerable<(Institution Institution, double Price)> Eligible(
        Enterprise enterprise, Course course, bool requiresSubsidy, double? maxTravelKm) =>
        _offers[course.Id].Where(x =>
            x.Institution.IsApprovedFor(enterprise.Region)
            && (!requiresSubsidy || SubsidyEligible(x.Institution, enterprise.Region))
            && (maxTravelKm is not { } limit || Geo.DistanceKm(enterprise.Location, x.Institution.Location) <= limit));

    /// <summary>No institution that may teach the course is approved for the region (NO_OFFER).</summary>
    public bool NoneApproved(Course course, string region) =>
        !_offers[course.Id].Any(x => x.Institution.IsApprovedFor(region));

    /// <summary>The lowest price any institution asks for the course, failed ones included.</summary>
    public static double LowestPrice(GenerationContext context, Course course) =>
        context.Institutions.SelectMany(i => i.Offers).Where(o => o.Course == course.Id).Min(o => o.PricePerTrainee);

    /// <summary>Distance to the nearest site, institution or base, holding a room of the type.</summary>
    public double NearestVenueKm(Location from, string roomType) =>
        _sites.Where(s => s.Types.Contains(roomType)).Select(s => Geo.DistanceKm(from, s.Location)).DefaultIfEmpty(0).Min();

    private bool SubsidyEligible(Institution institution, string enterpriseRegion)
    {
        var region = _regions[enterpriseRegion];
        return region.SubsidyScope switch
        {
            SubsidyScope.Any => true,
            SubsidyScope.Local => institution.Region == region.Id,
            _ => institution.Region == region.Id
                 || (region.Alliance is not null && _regions[institution.Region].Alliance == region.Alliance),
        };
    }
}
