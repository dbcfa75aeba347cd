namespace OrderMatch.Web.Ui;

/// <summary>What one row of the plan timeline stands for.</summary>
public enum GanttGrouping
{
    Institution,
    Trainer,
    Room,
}
