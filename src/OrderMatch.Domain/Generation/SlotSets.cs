using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>Named sets of slots used for course and order <c>allowedSlots</c>, and checks on them.</summary>
internal static class SlotSets
{
    private static readonly Weekday[] Weekdays = [Weekday.Mon, Weekday.Tue, Weekday.Wed, Weekday.Thu, Weekday.Fri];

    /// <summary>Workshop hours: mornings and afternoons, Monday to Saturday.</summary>
    public static IReadOnlyList<string> Daytime { get; } = Make([.. Weekdays, Weekday.Sat], ["AM", "PM"]);

    /// <summary>Office hours: mornings and afternoons, Monday to Friday.</summary>
    public static IReadOnlyList<string> WeekdayDaytime { get; } = Make(Weekdays, ["AM", "PM"]);

    /// <summary>For workers in service: weekday evenings and all of Saturday.</summary>
    public static IReadOnlyList<string> EveningsAndSaturday { get; } =
        [.. Make(Weekdays, ["EVE"]), "Sat-AM", "Sat-PM", "Sat-EVE"];

    /// <summary>For shift workers: afternoons and evenings, Monday to Saturday.</summary>
    public static IReadOnlyList<string> AfternoonsAndEvenings { get; } = Make([.. Weekdays, Weekday.Sat], ["PM", "EVE"]);

    /// <summary>The slots both lists allow (null means every slot), in the order of <paramref name="narrower"/>.</summary>
    public static IReadOnlyList<string> Intersect(IReadOnlyList<string>? course, IReadOnlyList<string> narrower) =>
        course is null ? narrower : [.. narrower.Where(course.Contains)];

    /// <summary>How many different days the slots fall on: a weekly pattern needs one day per session.</summary>
    public static int DistinctDays(IEnumerable<string> slots) =>
        slots.Select(s => Slot.Parse(s).Day).Distinct().Count();

    private static string[] Make(IReadOnlyList<Weekday> days, IReadOnlyList<string> periods) =>
        [.. days.SelectMany(d => periods.Select(p => new Slot(d, p).ToString()))];
}
