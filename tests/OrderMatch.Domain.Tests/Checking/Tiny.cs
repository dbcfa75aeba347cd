using System.Globalization;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Checking;

/// <summary>The spec's tiny scenario, the hand-made plans for it in tests/data, and small helpers to edit and check them.</summary>
internal static class Tiny
{
    public static Scenario Scenario() => FormatJson.DeserializeScenario(File.ReadAllText(TestData.TinyScenarioPath));

    public static Plan Plan(string file = "tiny.plan.json") => FormatJson.DeserializePlan(File.ReadAllText(TestData.File(file)));

    public static CheckReport Check(Plan plan) => PlanChecker.Check(Scenario(), plan);

    /// <summary>Sessions written "2026-01-12 AM".</summary>
    public static IReadOnlyList<Session> Sessions(params string[] texts) =>
        [.. texts.Select(t => t.Split(' ')).Select(p => new Session(DateOnly.ParseExact(p[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), p[1]))];

    public static IReadOnlyList<string> Rules(CheckReport report) => [.. report.ByRule().Select(g => g.Key)];

    /// <summary>Asserts the report breaks exactly one rule, and returns its violations.</summary>
    public static IReadOnlyList<Violation> AssertOnly(CheckReport report, string rule)
    {
        Assert.Equal([rule], Rules(report));
        return report.Violations;
    }
}
