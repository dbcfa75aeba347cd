using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>Orders no plan can serve, each for one reason a coordinator would recognise.</summary>
internal static class UnservableOrders
{
    public static TrainingOrder Create(
        GenerationContext context, Eligibility eligibility, string id, Enterprise enterprise, int trainees, UnservableKind kind)
    {
        var random = context.Random;
        var course = OrderBuilder.PickCourse(context, enterprise);
        if (kind == UnservableKind.NoOffer)
        {
            var unreachable = context.Courses.Where(c => eligibility.NoneApproved(c, enterprise.Region)).ToList();
            if (unreachable.Count > 0)
            {
                course = random.Pick(unreachable);
                var (s, e) = OrderWindows.Feasible(context, course.Sessions, course.SessionsPerWeek);
                return OrderBuilder.Finish(context, id, enterprise, course, trainees, s, e);
            }

            kind = UnservableKind.Window;
        }

        var nearest = eligibility.NearestVenueKm(enterprise.Location, course.RoomType);
        if (kind == UnservableKind.Travel && nearest < 2)
        {
            kind = UnservableKind.Price;
        }

        if (kind == UnservableKind.Window)
        {
            var (s, e) = OrderWindows.TooShort(context, course.Sessions, course.SessionsPerWeek);
            return OrderBuilder.Finish(context, id, enterprise, course, trainees, s, e);
        }

        var (start, end) = OrderWindows.Feasible(context, course.Sessions, course.SessionsPerWeek);
        var order = OrderBuilder.Finish(context, id, enterprise, course, trainees, start, end);
        if (kind == UnservableKind.Travel)
        {
            return order with { MaxTravelKm = Math.Max(1, Math.Floor(nearest * 0.6)) };
        }

        var lowest = Eligibility.LowestPrice(context, course);
        var cap = lowest > 400 ? lowest - (100 * random.Between(1, 3)) : Math.Floor(lowest / 2);
        return order with { MaxPricePerTrainee = cap };
    }
}
