namespace OrderMatch.Web.Ui;

/// <summary>What the timeline partial draws: the laid-out chart, the names for labels and tooltips, and the pinned classes.</summary>
public sealed record GanttPartial(GanttChart Chart, ReferenceNames Names, IReadOnlySet<string> Pinned);
