using System.Diagnostics;

namespace OrderMatch.Solver;

/// <summary>
/// The share of a core this process has been getting since a run began: CPU seconds over wall-clock seconds, so that
/// a wall-clock limit can be handed to CBC, which counts CPU time.
/// </summary>
internal sealed class CpuPace
{
    /// <summary>Below this much wall-clock time the share is not measured yet and taken as 1.</summary>
    private const double MinimumWallSeconds = 0.5;

    /// <summary>Floor of the share, so a stalled moment never turns a limit into nothing.</summary>
    private const double MinimumShare = 0.05;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly int _threads;

    public CpuPace(int threads) => _threads = Math.Max(1, threads);

    public double Share()
    {
        var wall = _clock.Elapsed.TotalSeconds;
        if (wall < MinimumWallSeconds)
        {
            return 1;
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalSeconds;
        return Math.Clamp(cpu / wall, MinimumShare, 1.0 * _threads);
    }
}
