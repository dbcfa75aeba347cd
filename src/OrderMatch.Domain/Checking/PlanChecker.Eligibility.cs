using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

public static partial class PlanChecker
{
    // H12: each enrolled enterprise lies within its order's maxTravelKm of the venue, and the trainer within their own maxTravelKm.
    private static void CheckH12TravelLimits(CheckContext context)
    {
        foreach (var c in context.Classes)
        {
            var venue = c.Site.Location;
            var trainerKm = Geo.DistanceKm(c.Trainer.Location, venue);
            if (trainerKm > c.Trainer.MaxTravelKm)
            {
                context.Report("H12", $"trainer {c.Trainer.Id} is {CheckText.Km(trainerKm)} km from {c.Site.SiteId} (room {c.Site.Room.Id}, class {c.Id}), "
                    + $"beyond their {CheckText.Km(c.Trainer.MaxTravelKm)} km", c.Trainer.Id, c.Site.SiteId, c.Id);
            }

            foreach (var e in c.Enrollments.Where(e => e.Order.MaxTravelKm is not null))
            {
                var km = Geo.DistanceKm(e.Enterprise.Location, venue);
                if (km > e.Order.MaxTravelKm)
                {
                    context.Report("H12", $"enterprise {e.Enterprise.Id} of order {e.Order.Id} is {CheckText.Km(km)} km from {c.Site.SiteId} "
                        + $"(class {c.Id}), beyond the order's {CheckText.Km(e.Order.MaxTravelKm.Value)} km",
                        e.Order.Id, e.Enterprise.Id, c.Site.SiteId, c.Id);
                }
            }
        }
    }

    // H13: the institution's price for the course is within maxPricePerTrainee of every enrolled order.
    private static void CheckH13PriceCap(CheckContext context)
    {
        foreach (var c in context.Classes)
        {
            if (ScenarioIndex.PriceOf(c.Institution, c.Course.Id) is not { } price)
            {
                continue;
            }

            foreach (var order in c.Enrollments.Select(e => e.Order).Distinct().Where(o => price > o.MaxPricePerTrainee))
            {
                context.Report("H13", $"institution {c.Institution.Id} charges {CheckText.Money(price)} for {c.Course.Id} (class {c.Id}), above "
                    + $"order {order.Id}'s cap {CheckText.Money(order.MaxPricePerTrainee!.Value)}", c.Institution.Id, order.Id, c.Id);
            }
        }
    }

    // H14: the enterprise's region is among the institution's approved regions (or those are ["*"]).
    private static void CheckH14ApprovedRegion(CheckContext context)
    {
        foreach (var c in context.Classes)
        {
            foreach (var e in c.Enrollments.Where(e => !c.Institution.IsApprovedFor(e.Enterprise.Region)))
            {
                context.Report("H14", $"institution {c.Institution.Id} is not approved for region {e.Enterprise.Region} of order {e.Order.Id} "
                    + $"(class {c.Id})", c.Institution.Id, e.Enterprise.Region, e.Order.Id, c.Id);
            }
        }
    }

    // H15: for an order that requires the subsidy, the institution is eligible under the enterprise region's subsidyScope.
    private static void CheckH15SubsidyScope(CheckContext context)
    {
        foreach (var c in context.Classes)
        {
            foreach (var e in c.Enrollments.Where(e => e.Order.RequiresSubsidy && !context.Index.SubsidyEligible(c.Institution, e.Enterprise.Region)))
            {
                var scope = context.Index.Regions.TryGetValue(e.Enterprise.Region, out var region) ? region.SubsidyScope.ToString().ToLowerInvariant() : "unknown";
                context.Report("H15", $"order {e.Order.Id} requires the subsidy but institution {c.Institution.Id} (region {c.Institution.Region}) "
                    + $"is outside the {scope} scope of region {e.Enterprise.Region} (class {c.Id})", e.Order.Id, c.Institution.Id, c.Id);
            }
        }
    }
}
