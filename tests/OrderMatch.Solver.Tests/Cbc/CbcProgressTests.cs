using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

public sealed class CbcProgressTests
{
    [Fact]
    public void Progress_reports_incumbents_in_the_callers_sense()
    {
        var (model, _, _, _) = CbcTestModels.MultiKnapsack(100, 10, seed: 1);
        using (model)
        {
            var progress = new RecordingProgress();

            var result = model.Solve(new CbcOptions { Maximize = true, Seed = 3, TimeLimitSeconds = 20 }, progress);

            Assert.True(result.HasSolution);
            var incumbents = progress.Reports.Where(r => r.Incumbent is not null).ToList();
            Assert.NotEmpty(incumbents);
            // Maximisation: every reported incumbent is a feasible value, so none beats the final one.
            Assert.All(incumbents, r => Assert.True(r.Incumbent <= result.Objective + 1e-6, $"{r.Incumbent} > {result.Objective}"));
            Assert.All(incumbents, r => Assert.True(r.Incumbent > 0));
        }
    }

    private sealed class RecordingProgress : IProgress<CbcProgress>
    {
        private readonly Lock gate = new();
        private readonly List<CbcProgress> reports = [];

        public IReadOnlyList<CbcProgress> Reports
        {
            get
            {
                lock (gate)
                {
                    return [.. reports];
                }
            }
        }

        public void Report(CbcProgress value)
        {
            lock (gate)
            {
                reports.Add(value);
            }
        }
    }
}
