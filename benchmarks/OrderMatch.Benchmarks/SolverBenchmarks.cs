using BenchmarkDotNet.Attributes;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Assignment;
using OrderMatch.Solver.Cbc;
using OrderMatch.Solver.Monolithic;

namespace OrderMatch.Benchmarks;

/// <summary>Model building and the fixed cost of one CBC call: what every MIP the optimizer solves pays before searching.</summary>
[MemoryDiagnoser]
public class SolverBenchmarks
{
    private GapInstance _gap = null!;
    private Scenario _city = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gap = GapReader.ReadFile(Path.Combine(SharedFolder(), "benchmarks", "gap", "gapd.txt"))[3];
        _city = ScenarioGenerator.Generate(Tier.S, 1);
        MipModel.EnsureAvailable();
    }

    /// <summary>The d10200 GAP instance as a MIP (2,000 binaries, 210 rows).</summary>
    [Benchmark]
    public int BuildGapModel()
    {
        using var model = new GapModel(_gap);
        return _gap.Jobs;
    }

    /// <summary>A two-variable MIP through the C interface: load, configure, solve, read back.</summary>
    [Benchmark]
    public double CbcCallOverhead()
    {
        using var model = new MipModel("overhead");
        var x = model.AddColumn("x", 0, 10, -1, integer: true);
        var y = model.AddColumn("y", 0, 10, -2, integer: true);
        model.AddRow("cap", [x, y], [1.0, 1.0], RowSense.LessOrEqual, 7.5);
        return model.Solve(new CbcOptions()).Objective ?? double.NaN;
    }

    /// <summary>The monolithic MIP of a city (tier S), pruned to the default candidate budget.</summary>
    [Benchmark]
    public int BuildMonolithicCityModel()
    {
        using var mip = MonolithicMip.Build(_city);
        return mip.Columns;
    }

    private static string SharedFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OrderMatch.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("OrderMatch.sln not found above the benchmark binaries"), "..", "shared");
    }
}
