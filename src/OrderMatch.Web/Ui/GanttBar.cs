using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Ui;

/// <summary>One class on the timeline: from its first to its last session, in SVG coordinates; <see cref="Color"/> is 0–7 by course.</summary>
public sealed record GanttBar(PlanClass Class, DateOnly First, DateOnly Last, double X, double Y, double Width, double Height, int Color);
