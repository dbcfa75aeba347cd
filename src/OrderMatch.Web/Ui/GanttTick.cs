namespace OrderMatch.Web.Ui;

/// <summary>The start of a horizon week on the timeline's axis.</summary>
public sealed record GanttTick(int Week, DateOnly Monday, double X);
