namespace OrderMatch.Web.Ui;

/// <summary>A laid-out timeline: its size, the week axis, one row per group and one bar per class.</summary>
public sealed record GanttChart(double Width, double Height, double LabelWidth, double HeaderHeight, double DayWidth,
    IReadOnlyList<GanttTick> Ticks, IReadOnlyList<GanttRow> Rows, IReadOnlyList<GanttBar> Bars);
