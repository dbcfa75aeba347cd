using System.Globalization;
using OrderMatch.Domain.Model;
using Spectre.Console;

namespace OrderMatch.Cli;

/// <summary>Prints a plan's KPIs, objective components and the top reasons for unserved demand.</summary>
internal static class PlanSummary
{
    public static void Print(Plan plan, IAnsiConsole console)
    {
        var k = plan.Kpis;
        var kpis = new Table().Title("KPIs").AddColumns("trainees requested", "served", "coverage", "weighted coverage", "classes", "avg class size", "avg trainee km", "base utilization", "cross-region share");
        kpis.AddRow(I(k.TraineesRequested), I(k.TraineesServed), P(k.Coverage), P(k.WeightedCoverage), I(k.Classes),
            F(k.AvgClassSize, "0.0"), F(k.AvgTraineeKm, "0.0"), P(k.BaseUtilization), P(k.CrossRegionShare));
        console.Write(kpis);

        var c = plan.Objective.Components;
        var objective = new Table().Title("Objective (yuan)").AddColumns("component", "value");
        foreach (var (name, value) in new[]
                 {
                     ("unserved", c.Unserved), ("tuition", c.Tuition), ("roomFees", c.RoomFees), ("traineeTravel", c.TraineeTravel),
                     ("trainerTravel", c.TrainerTravel), ("classOpening", c.ClassOpening), ("quality", c.Quality), ("changes", c.Changes),
                 })
        {
            objective.AddRow(name, F(value, "#,0.00"));
        }

        objective.AddRow("[bold]total[/]", $"[bold]{F(plan.Objective.Total, "#,0.00")}[/]");
        console.Write(objective);
        if (plan.Solver is { } s)
        {
            var gap = s.Bound is { } b && plan.Objective.Total != 0 ? (plan.Objective.Total - b) / Math.Abs(plan.Objective.Total) : (double?)null;
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"solver: [bold]{s.Status}[/], bound {s.Bound:#,0.00}, gap {(gap is null ? "n/a" : gap.Value.ToString("P2", CultureInfo.InvariantCulture))}, {s.Seconds:0.0} s"));
        }

        var reasons = plan.Unassigned
            .SelectMany(u => u.Reasons.Select(r => (r.Code, u.Trainees, u.Order)))
            .GroupBy(r => r.Code)
            .Select(g => (Code: g.Key, Trainees: g.Sum(r => r.Trainees), Orders: g.Select(r => r.Order).Distinct().Count()))
            .OrderByDescending(g => g.Trainees)
            .ToList();
        if (reasons.Count > 0)
        {
            var table = new Table().Title("Unserved demand by reason").AddColumns("reason", "trainees", "orders");
            foreach (var r in reasons)
            {
                table.AddRow(ReasonText(r.Code), I(r.Trainees), I(r.Orders));
            }

            console.Write(table);
        }
    }

    public static string ReasonText(ReasonCode code) => code switch
    {
        ReasonCode.NoOffer => "NO_OFFER",
        ReasonCode.Price => "PRICE",
        ReasonCode.Travel => "TRAVEL",
        ReasonCode.SubsidyScope => "SUBSIDY_SCOPE",
        ReasonCode.NoTrainer => "NO_TRAINER",
        ReasonCode.NoRoom => "NO_ROOM",
        ReasonCode.Window => "WINDOW",
        ReasonCode.MinSize => "MIN_SIZE",
        ReasonCode.Capacity => "CAPACITY",
        ReasonCode.TimeLimit => "TIME_LIMIT",
        _ => code.ToString(),
    };

    private static string I(int v) => v.ToString("#,0", CultureInfo.InvariantCulture);

    private static string P(double v) => v.ToString("P1", CultureInfo.InvariantCulture);

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
}
