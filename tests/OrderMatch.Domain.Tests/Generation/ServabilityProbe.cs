using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Generation;

/// <summary>
/// Could an order be served on its own, ignoring competition for capacity? Needs an institution that may teach,
/// offers the course within the price cap, is approved (and subsidy-eligible where required) for the enterprise's
/// region, a room of the course's type it may use within the order's travel limit, a qualified trainer it may use
/// who reaches that room, and a weekly pattern whose sessions fit the window.
/// </summary>
internal sealed class ServabilityProbe(Scenario scenario)
{
    private readonly ScenarioIndex _index = new(scenario);
    private readonly ScenarioCalendar _calendar = new(scenario.Horizon);

    public bool CanServe(TrainingOrder order)
    {
        var enterprise = _index.Enterprises[order.Enterprise];
        var course = _index.Courses[order.Course];
        if (!WindowFits(order, course))
        {
            return false;
        }

        var sites = _index.Rooms.Values.Where(s => s.Room.Types.Contains(course.RoomType)).ToList();
        foreach (var institution in scenario.Institutions)
        {
            var price = ScenarioIndex.PriceOf(institution, course.Id);
            if (institution.Grade == Grade.Fail || price is null || price > (order.MaxPricePerTrainee ?? double.MaxValue)
                || !institution.IsApprovedFor(enterprise.Region)
                || (order.RequiresSubsidy && !_index.SubsidyEligible(institution, enterprise.Region)))
            {
                continue;
            }

            var trainers = scenario.Trainers.Where(t => t.MayTeachFor(institution.Id) && t.IsQualifiedFor(course)).ToList();
            if (sites.Any(s => s.UsableBy(institution.Id)
                               && Geo.DistanceKm(enterprise.Location, s.Location) <= (order.MaxTravelKm ?? double.MaxValue)
                               && trainers.Any(t => Geo.DistanceKm(t.Location, s.Location) <= t.MaxTravelKm)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tries the earliest and the latest days the slots allow, from every start week.</summary>
    public bool WindowFits(TrainingOrder order, Course course)
    {
        var allowed = _calendar.ValidSlots
            .Where(s => course.AllowedSlots?.Contains(s.ToString()) ?? true)
            .Where(s => order.AllowedSlots?.Contains(s.ToString()) ?? true)
            .GroupBy(s => s.Day)
            .Select(g => g.First())
            .ToList();
        if (allowed.Count < course.SessionsPerWeek)
        {
            return false;
        }

        List<Slot>[] patterns = [allowed.Take(course.SessionsPerWeek).ToList(), allowed.TakeLast(course.SessionsPerWeek).ToList()];
        for (var week = 1; week <= scenario.Horizon.Weeks; week++)
        {
            foreach (var pattern in patterns)
            {
                var sessions = _calendar.Sessions(week, pattern, course.Sessions);
                if (sessions is not null && sessions[0].Date >= order.EarliestStart && sessions[^1].Date <= order.Deadline)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
