using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Ui;

/// <summary>
/// Lays a plan's classes out as a timeline over the horizon's weeks: one row per institution, trainer or room (sorted
/// by label), one bar per class from its first to its last session day, and classes of a row that overlap in time
/// stacked in lanes (each class in the first lane free since before its first day).
/// </summary>
public static class GanttLayout
{
    public const double Width = 1340;
    public const double LabelWidth = 230;
    public const double HeaderHeight = 30;
    public const double LaneHeight = 24;
    public const double RowPadding = 4;
    public const int Colors = 8;

    public static GanttChart Lay(IReadOnlyList<PlanClass> classes, DateOnly start, int weeks, GanttGrouping grouping,
        Func<string, string> label)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var dayWidth = (Width - LabelWidth) / (weeks * 7);
        double X(DateOnly date) => LabelWidth + (Math.Clamp(date.DayNumber - start.DayNumber, 0, weeks * 7)) * dayWidth;

        var courses = classes.Select(c => c.Course).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ticks = Enumerable.Range(1, weeks).Select(w => new GanttTick(w, start.AddDays((w - 1) * 7), X(start.AddDays((w - 1) * 7)))).ToList();
        var rows = new List<GanttRow>();
        var bars = new List<GanttBar>();
        var y = HeaderHeight;
        var groups = classes
            .GroupBy(c => Key(c, grouping), StringComparer.Ordinal)
            .Select(g => (g.Key, Label: label(g.Key), Classes: g.ToList()))
            .OrderBy(g => g.Label, StringComparer.Ordinal)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var laneEnds = new List<DateOnly>();
            var placed = new List<(PlanClass Class, DateOnly First, DateOnly Last, int Lane)>();
            foreach (var (cls, first, last) in group.Classes.Select(c => Span(c, start)).OrderBy(s => s.First).ThenBy(s => s.Class.Id, StringComparer.Ordinal))
            {
                var lane = laneEnds.FindIndex(end => end < first);
                if (lane < 0)
                {
                    lane = laneEnds.Count;
                    laneEnds.Add(last);
                }
                else
                {
                    laneEnds[lane] = last;
                }

                placed.Add((cls, first, last, lane));
            }

            var height = laneEnds.Count * LaneHeight + 2 * RowPadding;
            rows.Add(new GanttRow(group.Key, group.Label, y, height, laneEnds.Count));
            foreach (var (cls, first, last, lane) in placed)
            {
                var x = X(first);
                var width = Math.Max(X(last.AddDays(1)) - x, 3);
                bars.Add(new GanttBar(cls, first, last, x, y + RowPadding + lane * LaneHeight + 2, width, LaneHeight - 4,
                    courses.IndexOf(cls.Course) % Colors));
            }

            y += height;
        }

        return new GanttChart(Width, y, LabelWidth, HeaderHeight, dayWidth, ticks, rows, bars);
    }

    /// <summary>The first and last session day; a class without sessions spans its start week.</summary>
    public static (PlanClass Class, DateOnly First, DateOnly Last) Span(PlanClass cls, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(cls);
        if (cls.Sessions.Count == 0)
        {
            var monday = start.AddDays((cls.StartWeek - 1) * 7);
            return (cls, monday, monday.AddDays(6));
        }

        return (cls, cls.Sessions.Min(s => s.Date), cls.Sessions.Max(s => s.Date));
    }

    private static string Key(PlanClass cls, GanttGrouping grouping) => grouping switch
    {
        GanttGrouping.Trainer => cls.Trainer,
        GanttGrouping.Room => cls.Room,
        _ => cls.Institution,
    };
}
