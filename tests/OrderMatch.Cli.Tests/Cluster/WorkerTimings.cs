using System.Globalization;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>
/// The scheduler and progress intervals a test worker runs with, passed as <c>ORDERMATCH_</c> environment variables.
/// Short, so that queued work starts and a dead worker is noticed within seconds.
/// </summary>
internal sealed record WorkerTimings(TimeSpan CheckinInterval, TimeSpan CheckinMisfireThreshold, TimeSpan IdleWaitTime, TimeSpan ProgressInterval)
{
    /// <summary>A killed worker is declared dead about 4 s after its last check-in.</summary>
    public static WorkerTimings FastFailover { get; } =
        new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    /// <summary>For tests in which no worker dies: a generous threshold, so a loaded machine never makes a live worker look dead.</summary>
    public static WorkerTimings Steady { get; } = FastFailover with { CheckinMisfireThreshold = TimeSpan.FromSeconds(15) };

    public IReadOnlyDictionary<string, string> Environment() => new Dictionary<string, string>
    {
        ["ORDERMATCH_Scheduler__ClusterCheckinInterval"] = Text(CheckinInterval),
        ["ORDERMATCH_Scheduler__ClusterCheckinMisfireThreshold"] = Text(CheckinMisfireThreshold),
        ["ORDERMATCH_Scheduler__IdleWaitTime"] = Text(IdleWaitTime),
        ["ORDERMATCH_Planning__ProgressInterval"] = Text(ProgressInterval),
    };

    private static string Text(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
