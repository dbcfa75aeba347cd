using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

/// <summary>
/// The single place where a plan's objective (FORMAT.md, Objective) and KPIs are computed.
/// Interpretations: a class's session count is the number of sessions it lists; parts that need an unknown id (an
/// order, room, trainer or institution the scenario lacks) contribute nothing; a fail-graded institution carries no
/// quality penalty (such a class already breaks H2). Money is kept exact; <see cref="Rounded"/> rounds to cents.
/// </summary>
public static partial class PlanEvaluator
{
    public static ObjectiveComponents Objective(ScenarioIndex index, IReadOnlyList<PlanClass> classes, IReadOnlyList<Unassigned> unassigned)
    {
        var policy = index.Scenario.Policy;
        double unserved = 0, tuition = 0, roomFees = 0, traineeTravel = 0, trainerTravel = 0, quality = 0;
        foreach (var entry in unassigned)
        {
            if (index.Orders.TryGetValue(entry.Order, out var order))
            {
                unserved += entry.Trainees * order.Priority * policy.UnservedTraineePenalty;
            }
        }

        foreach (var planClass in classes)
        {
            var sessions = planClass.Sessions.Count;
            index.Institutions.TryGetValue(planClass.Institution, out var institution);
            index.Rooms.TryGetValue(planClass.Room, out var site);
            var price = institution is null ? null : ScenarioIndex.PriceOf(institution, planClass.Course);
            var gradePenalty = institution is null || institution.Grade == Grade.Fail ? 0.0 : policy.GradePenaltyPerTrainee.For(institution.Grade);
            tuition += planClass.Size * (price ?? 0.0);
            quality += planClass.Size * gradePenalty;
            if (site is null)
            {
                continue;
            }

            roomFees += sessions * site.FeePerSession;
            if (index.Trainers.TryGetValue(planClass.Trainer, out var trainer))
            {
                trainerTravel += sessions * 2 * Geo.DistanceKm(trainer.Location, site.Location) * policy.TrainerTravelCostPerKm;
            }

            foreach (var e in ResolvedClass.ResolveEnrollments(index, planClass))
            {
                traineeTravel += e.Trainees * sessions * 2 * Geo.DistanceKm(e.Enterprise.Location, site.Location) * policy.TraineeTravelCostPerKm;
            }
        }

        var byId = classes.ToLookup(c => c.Id, StringComparer.Ordinal);
        var previous = index.Scenario.PreviousPlan?.Classes ?? [];
        var notKept = previous.Count(old => !byId[old.Id].Any(c => c.SameDecisionsAs(old)));
        return new ObjectiveComponents
        {
            Unserved = unserved,
            Tuition = tuition,
            RoomFees = roomFees,
            TraineeTravel = traineeTravel,
            TrainerTravel = trainerTravel,
            ClassOpening = classes.Count * policy.ClassOpeningCost,
            Quality = quality,
            Changes = notKept * policy.ChangePenalty,
        };
    }

    /// <summary>Components rounded to cents (half away from zero); the total is the exact total rounded, not the sum of rounded parts.</summary>
    public static Objective Rounded(ObjectiveComponents exact) =>
        new(
            Cents(exact.Total),
            new ObjectiveComponents
            {
                Unserved = Cents(exact.Unserved),
                Tuition = Cents(exact.Tuition),
                RoomFees = Cents(exact.RoomFees),
                TraineeTravel = Cents(exact.TraineeTravel),
                TrainerTravel = Cents(exact.TrainerTravel),
                ClassOpening = Cents(exact.ClassOpening),
                Quality = Cents(exact.Quality),
                Changes = Cents(exact.Changes),
            });

    private static double Cents(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
