using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>Draws absences inside the horizon: a few whole days (leave, business trips) and single sessions.</summary>
internal static class Absences
{
    private static readonly string[] Periods = ["AM", "PM", "EVE"];

    public static IReadOnlyList<Model.Unavailability> Draw(SeededRandom random, Horizon horizon, double rangeChance, double singleChance)
    {
        var days = 7 * horizon.Weeks;
        var list = new List<Model.Unavailability>();
        if (random.Chance(rangeChance))
        {
            var from = horizon.StartDate.AddDays(random.Between(0, days - 3));
            var to = from.AddDays(random.Between(1, 6));
            var last = horizon.StartDate.AddDays(days - 1);
            list.Add(new Model.Unavailability { From = from, To = to > last ? last : to });
        }

        if (random.Chance(singleChance))
        {
            var week = random.Between(0, horizon.Weeks - 1);
            var day = random.Between(0, horizon.Days.Count - 1);
            var date = horizon.StartDate.AddDays((7 * week) + (int)horizon.Days[day]);
            list.Add(new Model.Unavailability { Date = date, Period = random.Pick(Periods) });
        }

        return list;
    }
}
