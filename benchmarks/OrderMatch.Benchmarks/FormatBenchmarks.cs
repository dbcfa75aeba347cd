using BenchmarkDotNet.Attributes;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;
using OrderMatch.Solver;

namespace OrderMatch.Benchmarks;

/// <summary>Reading, validating and checking tier S data: the costs every run and every import pays.</summary>
[MemoryDiagnoser]
public class FormatBenchmarks
{
    private string _json = string.Empty;
    private Scenario _scenario = null!;
    private Plan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioGenerator.Generate(Tier.S, 1);
        _json = FormatJson.Serialize(_scenario);
        _plan = PlanOptimizer.Solve(_scenario, new SolveOptions { TimeLimitSeconds = 20 }).Plan;
    }

    [Benchmark]
    public Scenario GenerateTierS() => ScenarioGenerator.Generate(Tier.S, 1);

    [Benchmark]
    public LoadResult<Scenario> LoadAndValidateTierS() => ScenarioLoader.Load(_json);

    [Benchmark]
    public CheckReport CheckTierSPlan() => PlanChecker.Check(_scenario, _plan);
}
