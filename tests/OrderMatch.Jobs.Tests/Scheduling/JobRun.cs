using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>One thing a test job reported: which job, at which step, on which worker, with what data.</summary>
public sealed record JobRun(
    string Job,
    string Step,
    WorkerIdentity Worker,
    bool Recovering,
    IReadOnlyDictionary<string, string> Data,
    DateTimeOffset At);
