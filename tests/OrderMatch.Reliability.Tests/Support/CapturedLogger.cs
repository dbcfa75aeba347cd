using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrderMatch.Reliability.Tests.Support;

/// <summary>One category's logger of <see cref="LogCapture"/>.</summary>
internal sealed class CapturedLogger(string category, ConcurrentQueue<string> lines) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        lines.Enqueue($"{logLevel} {category} [{eventId.Name}] {formatter(state, exception)} {structured} {exception}");
    }
}
