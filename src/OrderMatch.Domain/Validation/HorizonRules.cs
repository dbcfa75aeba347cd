using OrderMatch.Domain.Calendar;

namespace OrderMatch.Domain.Validation;

/// <summary>
/// The horizon starts on a Monday, has at least one week, and lists at least one day and one period, each once.
/// Closed dates outside the horizon, or on days without training, are allowed: they change nothing, and calendars
/// of public holidays routinely cover a whole year.
/// </summary>
internal static class HorizonRules
{
    public static void Check(ValidationContext context)
    {
        if (context.Horizon is null)
        {
            return;
        }

        var horizon = context.Scenario.Horizon;
        var weekday = ScenarioCalendar.WeekdayOf(horizon.StartDate);
        if (weekday != Model.Weekday.Mon)
        {
            context.Add("$.horizon.startDate", ValidationRules.NotMonday,
                $"startDate \"{ValidationContext.Text(horizon.StartDate)}\" is a {horizon.StartDate.DayOfWeek}; the horizon must start on a Monday");
        }

        context.AtLeastOne(horizon.Weeks, "$.horizon.weeks", "weeks");
        Days(context);
        Periods(context);
    }

    private static void Days(ValidationContext context)
    {
        var days = context.Scenario.Horizon.Days;
        if (days.Count == 0)
        {
            context.Add("$.horizon.days", ValidationRules.Empty, "days is empty; the horizon needs at least one training day");
        }

        var seen = new HashSet<Model.Weekday>();
        for (var i = 0; i < days.Count; i++)
        {
            if (!System.Enum.IsDefined(days[i]))
            {
                context.Add($"$.horizon.days[{i}]", ValidationRules.Enum, $"days entry {(int)days[i]} is not one of Mon … Sun");
            }
            else if (!seen.Add(days[i]))
            {
                context.Add($"$.horizon.days[{i}]", ValidationRules.DuplicateValue, $"days lists \"{days[i]}\" more than once");
            }
        }
    }

    private static void Periods(ValidationContext context)
    {
        var periods = context.Scenario.Horizon.Periods;
        if (periods.Count == 0)
        {
            context.Add("$.horizon.periods", ValidationRules.Empty, "periods is empty; the horizon needs at least one period per day");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < periods.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(periods[i]))
            {
                context.Add($"$.horizon.periods[{i}]", ValidationRules.Empty, "periods entry is blank; a period needs a name such as \"AM\"");
            }
            else if (!seen.Add(periods[i]))
            {
                context.Add($"$.horizon.periods[{i}]", ValidationRules.DuplicateValue, $"periods lists \"{periods[i]}\" more than once");
            }
        }
    }
}
