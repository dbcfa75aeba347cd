using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Solver.Monolithic;
using OrderMatch.Solver.Reference;

namespace OrderMatch.Solver.Tests.Monolithic;

public sealed class MonolithicTinyTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("om-mono-");

    private static Scenario Tiny() => FormatJson.DeserializeScenario(File.ReadAllText(TestData.TinyScenarioPath));

    [Fact]
    public async Task The_monolithic_MIP_solved_by_the_cbc_executable_reads_back_into_the_optimal_valid_plan()
    {
        var scenario = Tiny();
        // The pipeline proves its tiny plan optimal (TinyOptimumTests checks that value against a hand-derived optimum).
        var optimum = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = 60 }).Plan;
        Assert.Equal(SolverStatus.Optimal, optimum.Solver!.Status);
        using var mip = MonolithicMip.Build(scenario);
        var mps = Path.Combine(_folder.FullName, "tiny.mps");
        mip.WriteMps(mps);

        var run = await CbcCommandLine.SolveAsync(mps, Path.Combine(_folder.FullName, "tiny.sol"), new CbcCommandLineOptions { TimeLimitSeconds = 60 });

        Assert.Equal("Optimal", run.Solution.Status);
        var plan = mip.ReadPlan(run.Solution.Values, new SolverInfo { Status = SolverStatus.Optimal, Seconds = run.Seconds });
        var check = PlanChecker.Check(scenario, plan);
        Assert.True(check.Passes, string.Join("; ", check.Violations.Select(v => v.Message).Concat(check.ObjectiveMismatches)));
        Assert.Equal(optimum.Objective.Total, plan.Objective.Total, 2);
        Assert.Equal(plan.Objective.Total, run.Solution.Objective!.Value + mip.ObjectiveOffset, 2);
        Assert.Equal(["O004", "O005"], plan.Unassigned.Select(u => u.Order));
    }

    [Fact]
    public void The_monolithic_MIP_holds_every_candidate_class_with_resource_rows_named_from_the_data()
    {
        using var mip = MonolithicMip.Build(Tiny());
        var lp = Path.Combine(_folder.FullName, "tiny.mps");

        mip.WriteMps(lp);

        var text = File.ReadAllText(lp);
        Assert.True(mip.Candidates > 3, $"only {mip.Candidates} candidates");
        Assert.Contains("demand_O001", text, StringComparison.Ordinal);
        Assert.Contains("open_K0", text, StringComparison.Ordinal);
        Assert.Contains("institution_I002_w", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_beyond_the_budget_is_pruned_and_still_reads_back_into_a_valid_plan()
    {
        var scenario = Tiny();
        using var full = MonolithicMip.Build(scenario);
        using var mip = MonolithicMip.Build(scenario, new MonolithicOptions { CandidateBudget = 10 });
        var mps = Path.Combine(_folder.FullName, "pruned.mps");
        mip.WriteMps(mps);

        var run = await CbcCommandLine.SolveAsync(mps, Path.Combine(_folder.FullName, "pruned.sol"), new CbcCommandLineOptions { TimeLimitSeconds = 60 });

        Assert.True(full.Exhaustive);
        Assert.False(mip.Exhaustive);
        Assert.True(mip.Candidates < full.Candidates, $"{mip.Candidates} pruned vs {full.Candidates} in full");
        Assert.InRange(mip.Candidates, 1, 10);
        Assert.Equal(full.CandidateSpace, mip.CandidateSpace);
        var plan = mip.ReadPlan(run.Solution.Values, new SolverInfo { Status = SolverStatus.Feasible, Seconds = run.Seconds });
        var check = PlanChecker.Check(scenario, plan);
        Assert.True(check.Passes, string.Join("; ", check.Violations.Select(v => v.Message).Concat(check.ObjectiveMismatches)));
    }

    [Fact]
    public async Task A_city_beyond_the_budget_holds_no_more_candidates_than_the_budget_and_reads_back_into_a_valid_plan()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, 1);
        using var mip = MonolithicMip.Build(scenario, new MonolithicOptions { CandidateBudget = 1500 });
        var mps = Path.Combine(_folder.FullName, "city.mps");
        mip.WriteMps(mps);

        // Any solution shows the read-back; cbc's first takes seconds, more on a loaded machine, so it stops at the first.

        var run = await CbcCommandLine.SolveAsync(mps, Path.Combine(_folder.FullName, "city.sol"), new CbcCommandLineOptions { TimeLimitSeconds = 120, MaximumSolutions = 1 });

        Assert.False(mip.Exhaustive);
        Assert.InRange(mip.Candidates, 100, 1500);
        Assert.True(run.Solution.HasSolution, run.Solution.Status);
        var plan = mip.ReadPlan(run.Solution.Values, new SolverInfo { Status = SolverStatus.TimeLimit, Seconds = run.Seconds });
        Assert.NotEmpty(plan.Classes);
        var check = PlanChecker.Check(scenario, plan);
        Assert.True(check.Passes, string.Join("; ", check.Violations.Select(v => v.Message).Concat(check.ObjectiveMismatches)));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
