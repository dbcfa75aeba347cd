using OrderMatch.Domain.Model;
using Spectre.Console;

namespace OrderMatch.Cli;

internal static class ScenarioSummary
{
    public static void Print(Scenario scenario, IAnsiConsole console)
    {
        var table = new Table().AddColumns("regions", "courses", "institutions", "trainers", "bases", "enterprises", "orders", "trainees", "weeks");
        table.AddRow(
            scenario.Regions.Count.ToString(), scenario.Courses.Count.ToString(), scenario.Institutions.Count.ToString(),
            scenario.Trainers.Count.ToString(), scenario.Bases.Count.ToString(), scenario.Enterprises.Count.ToString(),
            scenario.Orders.Count.ToString(), scenario.Orders.Sum(o => o.Trainees).ToString(), scenario.Horizon.Weeks.ToString());
        console.Write(table);
    }
}
