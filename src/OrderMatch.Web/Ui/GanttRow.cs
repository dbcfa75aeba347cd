namespace OrderMatch.Web.Ui;

/// <summary>One institution, trainer or room of the timeline; classes that overlap in time sit in separate lanes.</summary>
public sealed record GanttRow(string Key, string Label, double Y, double Height, int Lanes);
