using System.Diagnostics;

namespace OrderMatch.Solver;

/// <summary>Splits a run's stopwatch into consecutive phases.</summary>
internal sealed class PhaseClock(Stopwatch clock)
{
    private readonly List<PhaseTiming> _timings = [];
    private double _mark;

    public IReadOnlyList<PhaseTiming> Timings => _timings;

    /// <summary>Ends the phase that began when the previous one ended (or when the run started).</summary>
    public void End(string phase)
    {
        var now = clock.Elapsed.TotalSeconds;
        _timings.Add(new PhaseTiming(phase, Math.Round(now - _mark, 3)));
        _mark = now;
    }
}
