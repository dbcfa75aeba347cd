using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>
/// An order names a known enterprise and course, asks for a positive number of trainees with priority 1–5 and a sane
/// minChunk, has a window inside the horizon, and allowed slots that together with the course's admit a pattern.
/// </summary>
internal static class OrderRules
{
    public static void Check(ValidationContext context)
    {
        var orders = context.Scenario.Orders;
        for (var i = 0; i < orders.Count; i++)
        {
            var path = context.Item(SourceMap.Orders, i);
            References(context, orders[i], path);
            Numbers(context, orders[i], path);
            Window(context, orders[i], path);
            Slots(context, orders[i], path);
        }
    }

    private static void References(ValidationContext context, TrainingOrder order, string path)
    {
        context.Known(context.Index.Enterprises, SourceMap.Enterprises, order.Enterprise, $"{path}.enterprise", "enterprise", "enterprise");
        context.Known(context.Index.Courses, SourceMap.Courses, order.Course, $"{path}.course", "course", "course");
    }

    private static void Numbers(ValidationContext context, TrainingOrder order, string path)
    {
        context.AtLeastOne(order.Trainees, $"{path}.trainees", "trainees");
        context.InRange(order.Priority, 1, 5, $"{path}.priority", "priority");
        if (order.MinChunk < 1 || (order.Trainees >= 1 && order.MinChunk > order.Trainees))
        {
            context.Add($"{path}.minChunk", ValidationRules.Range,
                $"minChunk {order.MinChunk} must be at least 1 and at most trainees ({order.Trainees})");
        }

        if (order.MaxTravelKm is { } travel)
        {
            context.NotNegative(travel, $"{path}.maxTravelKm", "maxTravelKm");
        }

        if (order.MaxPricePerTrainee is { } price)
        {
            context.NotNegative(price, $"{path}.maxPricePerTrainee", "maxPricePerTrainee");
        }
    }

    /// <summary>earliestStart ≤ deadline, and the window overlaps the horizon.</summary>
    private static void Window(ValidationContext context, TrainingOrder order, string path)
    {
        var start = ValidationContext.Text(order.EarliestStart);
        var deadline = ValidationContext.Text(order.Deadline);
        if (order.EarliestStart > order.Deadline)
        {
            context.Add($"{path}.deadline", ValidationRules.Window, $"deadline {deadline} is before earliestStart {start}");
            return;
        }

        if (context.Horizon is not { Last: { } last } horizon)
        {
            return;
        }

        var span = $"the horizon {ValidationContext.Text(horizon.First)} to {ValidationContext.Text(last)}";
        if (order.Deadline < horizon.First)
        {
            context.Add($"{path}.deadline", ValidationRules.Window, $"deadline {deadline} is before {span} begins; the order's window lies outside it");
        }
        else if (order.EarliestStart > last)
        {
            context.Add($"{path}.earliestStart", ValidationRules.Window, $"earliestStart {start} is after {span} ends; the order's window lies outside it");
        }
    }

    /// <summary>The slots allowed by both the course and the order must offer sessionsPerWeek distinct days.</summary>
    private static void Slots(ValidationContext context, TrainingOrder order, string path)
    {
        if (context.Horizon is not { } horizon)
        {
            return;
        }

        SlotRules.ValidEntries(context, order.AllowedSlots, $"{path}.allowedSlots");
        if (order.AllowedSlots is null || !context.Index.Courses.TryGetValue(order.Course, out var course)
            || course.SessionsPerWeek < 1 || course.SessionsPerWeek > horizon.DayCount
            || !SlotRules.FitsPattern(horizon.Allowed(course.AllowedSlots), course.SessionsPerWeek))
        {
            // Without order slots, or when the course alone admits no pattern, the course's rules already speak.
            return;
        }

        var both = horizon.Allowed(course.AllowedSlots);
        both.IntersectWith(horizon.Allowed(order.AllowedSlots));
        if (!SlotRules.FitsPattern(both, course.SessionsPerWeek))
        {
            context.Add($"{path}.allowedSlots", ValidationRules.Slots,
                $"allowedSlots leave, together with course \"{course.Id}\"'s allowed slots, valid slots on {HorizonFacts.DescribeDays(both)} but the course needs {course.SessionsPerWeek} sessions a week on distinct days; no pattern fits");
        }
    }
}
