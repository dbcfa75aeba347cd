using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Tests.Optimizer.Builders;

/// <summary>Hand-made classes (pins, previous plans, rule-breaking alternatives) with sessions from the session rule.</summary>
internal static class Classes
{
    public static PlanClass Make(Scenario scenario, string id, string institution, string trainer, string room, int startWeek,
        string[] pattern, params Enrollment[] enrollments)
    {
        var course = scenario.Orders.First(o => o.Id == enrollments[0].Order).Course;
        var sessions = scenario.Courses.First(c => c.Id == course).Sessions;
        return new PlanClass
        {
            Id = id, Course = course, Institution = institution, Trainer = trainer, Room = room, StartWeek = startWeek, Pattern = pattern,
            Sessions = new ScenarioCalendar(scenario.Horizon).Sessions(startWeek, pattern, sessions)
                       ?? throw new ArgumentException($"pattern {string.Join('+', pattern)} from week {startWeek} does not fit the horizon"),
            Enrollments = enrollments,
        };
    }
}
