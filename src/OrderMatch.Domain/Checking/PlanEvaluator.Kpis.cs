using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

public static partial class PlanEvaluator
{
    /// <summary>
    /// KPIs of FORMAT.md. Interpretations: served trainees are enrollments of known orders; avgTraineeKm is the one-way
    /// enterprise → venue distance weighted by trainees; baseUtilization is sessions held in shared-base rooms ÷ (number
    /// of shared-base rooms × open dates of the horizon × periods), with no deduction for base unavailability;
    /// crossRegionShare is the share of served trainees whose institution's region or venue site's region differs from
    /// their enterprise's region. Every ratio is 0 when its denominator is 0.
    /// </summary>
    public static Kpis Kpis(ScenarioIndex index, IReadOnlyList<PlanClass> classes)
    {
        var orders = index.Scenario.Orders;
        var requested = orders.Sum(o => o.Trainees);
        var weightedRequested = orders.Sum(o => (double)o.Priority * o.Trainees);
        int served = 0, sized = 0, sharedSessions = 0;
        double weightedServed = 0, traineeKm = 0, located = 0, crossRegion = 0;
        foreach (var planClass in classes)
        {
            sized += planClass.Size;
            index.Rooms.TryGetValue(planClass.Room, out var site);
            index.Institutions.TryGetValue(planClass.Institution, out var institution);
            if (site is { IsSharedBase: true })
            {
                sharedSessions += planClass.Sessions.Count;
            }

            foreach (var e in ResolvedClass.ResolveEnrollments(index, planClass))
            {
                served += e.Trainees;
                weightedServed += (double)e.Order.Priority * e.Trainees;
                if (site is null || institution is null)
                {
                    continue;
                }

                located += e.Trainees;
                traineeKm += e.Trainees * Geo.DistanceKm(e.Enterprise.Location, site.Location);
                if (institution.Region != e.Enterprise.Region || site.SiteRegion != e.Enterprise.Region)
                {
                    crossRegion += e.Trainees;
                }
            }
        }

        var sharedRooms = index.Rooms.Values.Count(r => r.IsSharedBase);
        var openDatePeriods = new ScenarioCalendar(index.Scenario.Horizon).OpenDates().Count() * index.Scenario.Horizon.Periods.Count;
        return new Kpis
        {
            TraineesRequested = requested,
            TraineesServed = served,
            Coverage = Ratio(served, requested),
            WeightedCoverage = Ratio(weightedServed, weightedRequested),
            Classes = classes.Count,
            AvgClassSize = Ratio(sized, classes.Count),
            AvgTraineeKm = Ratio(traineeKm, located),
            BaseUtilization = Ratio(sharedSessions, (double)sharedRooms * openDatePeriods),
            CrossRegionShare = Ratio(crossRegion, located),
        };
    }

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? 0.0 : numerator / denominator;
}
