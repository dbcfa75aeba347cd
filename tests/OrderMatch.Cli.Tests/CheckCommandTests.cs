using OrderMatch.Domain.Tests;

namespace OrderMatch.Cli.Tests;

/// <summary>`ordermatch check SCENARIO PLAN`: exit 0 for a valid plan with a matching objective, 1 otherwise.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Valid_tiny_plan_exits_0()
    {
        var run = await CliProcess.RunAsync(_folder.Path, "check", TestData.TinyScenarioPath, TestData.File("tiny.plan.json"));

        run.ExitsWith(0);
        run.Prints("objective matches: 573281.88");
        run.Prints("plan is valid");
    }

    [Theory]
    [InlineData("tiny.plan.h8.json", "H8", "trainer T004 has two sessions on 2026-01-12 AM: classes K001 and K002")]
    [InlineData("tiny.plan.h6.json", "H6", "class K003 does not follow the session rule: session #4 is 2026-01-31 AM but should be 2026-01-24 AM")]
    public async Task Plan_breaking_a_hard_rule_exits_1_and_names_the_rule(string plan, string rule, string violation)
    {
        var run = await CliProcess.RunAsync(_folder.Path, "check", TestData.TinyScenarioPath, TestData.File(plan));

        run.ExitsWith(1);
        run.Prints($"{rule}: ");
        run.Prints(violation);
        run.Prints("plan is invalid");
    }

    [Fact]
    public async Task Objective_total_one_cent_off_exits_1()
    {
        var plan = JsonFiles.TinyPlan();
        var objective = plan["objective"]!.AsObject();
        objective["total"] = objective["total"]!.GetValue<decimal>() + 0.01m;
        var path = _folder.Write("cent-off.plan.json", JsonFiles.Text(plan));

        var run = await CliProcess.RunAsync(_folder.Path, "check", TestData.TinyScenarioPath, path);

        run.ExitsWith(1);
        run.Prints("objective does not match");
        run.DoesNotPrint("plan is valid");
    }

    public void Dispose() => _folder.Dispose();
}
