using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>The objective's terms for one class at a site (FORMAT.md, "Objective"), as the optimizer prices it.</summary>
internal static class ClassCosts
{
    /// <summary>What the class costs whatever it holds: its opening, its room's fees and its trainer's travel.</summary>
    public static double Fixed(Policy policy, SiteOption site, int sessions, double trainerKm) =>
        policy.ClassOpeningCost + (site.Room.FeePerSession * sessions)
        + (sessions * 2 * trainerKm * policy.TrainerTravelCostPerKm);

    /// <summary>What one of its trainees costs: tuition, the grade penalty and the trainee's own travel.</summary>
    public static double PerTrainee(Policy policy, SiteOption site, int sessions, Enterprise enterprise) =>
        site.Price + policy.GradePenaltyPerTrainee.For(site.Institution.Grade)
        + (sessions * 2 * Geo.DistanceKm(enterprise.Location, site.Room.Location) * policy.TraineeTravelCostPerKm);
}
