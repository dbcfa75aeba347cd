using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrderMatch.Reliability.Tests.Support;

/// <summary>A logger provider keeping every line written at any level, with its exception, for assertions on log content.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public string Text => string.Join(Environment.NewLine, _lines);

    public ILogger CreateLogger(string categoryName) => new CapturedLogger(categoryName, _lines);

    public void Dispose()
    {
    }
}
