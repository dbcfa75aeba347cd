using OrderMatch.Data.Runs;
using OrderMatch.Solver;

namespace OrderMatch.Jobs.Runs;

/// <summary>
/// Keeps the solver's latest progress report. The solver reports from its own thread whenever it likes; the run
/// service writes the latest one to the database on a fixed interval.
/// </summary>
internal sealed class ProgressRelay(DateTimeOffset started, TimeProvider time) : IProgress<SolveProgress>
{
    private SolveProgress? _latest;

    public void Report(SolveProgress value) => Volatile.Write(ref _latest, value);

    public RunProgress Current()
    {
        var elapsed = (time.GetUtcNow() - started).TotalSeconds;
        return Volatile.Read(ref _latest) is { } p
            ? new RunProgress(p.Phase, p.Incumbent, p.Bound, p.Gap, p.SlicesDone, p.SlicesTotal, elapsed)
            : new RunProgress("reading the snapshot", null, null, null, 0, 0, elapsed);
    }
}
