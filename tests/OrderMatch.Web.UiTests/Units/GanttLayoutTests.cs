using OrderMatch.Domain.Model;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.UiTests.Units;

public sealed class GanttLayoutTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static PlanClass Class(string id, string institution, string trainer, string room, string course, params DateOnly[] dates) => new()
    {
        Id = id,
        Course = course,
        Institution = institution,
        Trainer = trainer,
        Room = room,
        StartWeek = (dates[0].DayNumber - Monday.DayNumber) / 7 + 1,
        Pattern = ["Mon-AM"],
        Sessions = [.. dates.Select(d => new Session(d, "AM"))],
        Enrollments = [new Enrollment("O1", 5)],
    };

    [Fact]
    public void A_bar_spans_its_first_to_its_last_session_day_on_the_week_scale()
    {
        var k = Class("K1", "I1", "T1", "R1", "C1", Monday.AddDays(7), Monday.AddDays(9));

        var chart = GanttLayout.Lay([k], Monday, 4, GanttGrouping.Institution, id => id);

        var day = (GanttLayout.Width - GanttLayout.LabelWidth) / 28;
        var bar = Assert.Single(chart.Bars);
        Assert.Equal(GanttLayout.LabelWidth + 7 * day, bar.X, 6);
        Assert.Equal(3 * day, bar.Width, 6);
        Assert.Equal(Monday.AddDays(7), bar.First);
        Assert.Equal(Monday.AddDays(9), bar.Last);
        Assert.Equal([1, 2, 3, 4], chart.Ticks.Select(t => t.Week));
        Assert.Equal(GanttLayout.LabelWidth + 21 * day, chart.Ticks[3].X, 6);
    }

    [Fact]
    public void Overlapping_classes_of_a_row_get_their_own_lanes_and_later_ones_reuse_a_free_lane()
    {
        var a = Class("K1", "I1", "T1", "R1", "C1", Monday, Monday.AddDays(8));
        var b = Class("K2", "I1", "T2", "R2", "C1", Monday.AddDays(2), Monday.AddDays(3));
        var c = Class("K3", "I1", "T3", "R3", "C2", Monday.AddDays(9), Monday.AddDays(10));

        var chart = GanttLayout.Lay([c, b, a], Monday, 2, GanttGrouping.Institution, id => id);

        var row = Assert.Single(chart.Rows);
        Assert.Equal(2, row.Lanes);
        Assert.Equal(2 * GanttLayout.LaneHeight + 2 * GanttLayout.RowPadding, row.Height);
        var y = chart.Bars.ToDictionary(x => x.Class.Id, x => x.Y);
        Assert.Equal(y["K1"] + GanttLayout.LaneHeight, y["K2"]);
        Assert.Equal(y["K1"], y["K3"]);
        Assert.Equal(GanttLayout.HeaderHeight + row.Height, chart.Height);
    }

    [Fact]
    public void Rows_follow_the_grouping_and_are_sorted_by_label()
    {
        var classes = new[]
        {
            Class("K1", "I1", "T2", "R1", "C1", Monday),
            Class("K2", "I1", "T1", "R1", "C2", Monday.AddDays(7)),
            Class("K3", "I2", "T1", "R2", "C1", Monday.AddDays(1)),
        };
        var names = new Dictionary<string, string> { ["T1"] = "Zhang", ["T2"] = "Li", ["I1"] = "I1", ["I2"] = "I2", ["R1"] = "R1", ["R2"] = "R2" };

        var byTrainer = GanttLayout.Lay(classes, Monday, 2, GanttGrouping.Trainer, id => names[id]);
        var byRoom = GanttLayout.Lay(classes, Monday, 2, GanttGrouping.Room, id => names[id]);

        Assert.Equal(["Li", "Zhang"], byTrainer.Rows.Select(r => r.Label));
        Assert.Equal(["R1", "R2"], byRoom.Rows.Select(r => r.Key));
        Assert.Equal(1, byRoom.Rows[0].Lanes);
        Assert.Equal(3, byTrainer.Bars.Count);
        var colors = byTrainer.Bars.ToDictionary(b => b.Class.Id, b => b.Color);
        Assert.Equal(colors["K1"], colors["K3"]);
        Assert.NotEqual(colors["K1"], colors["K2"]);
    }
}
