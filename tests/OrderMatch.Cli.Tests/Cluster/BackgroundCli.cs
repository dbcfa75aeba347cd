using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>
/// The built <c>ordermatch.dll</c> running in the background (<c>dotnet ordermatch.dll …</c>, the same way
/// <see cref="CliProcess"/> starts it) with extra environment variables. Its output is collected line by line while it
/// runs, so a test can wait for a line, read the exit code, or SIGKILL it. Disposing kills whatever is still running.
/// </summary>
internal sealed class BackgroundCli : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly IReadOnlyList<string> _arguments;
    private readonly Lock _gate = new();
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private BackgroundCli(Process process, IReadOnlyList<string> arguments)
    {
        _process = process;
        _arguments = arguments;
    }

    /// <summary>The operating-system process id (the app runs inside the <c>dotnet</c> host process).</summary>
    public int Id { get; private set; }

    public bool HasExited => _process.HasExited;

    /// <summary>Standard output and standard error so far, interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public static BackgroundCli Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = OrdermatchProcess.StartInfo(CliProcess.AssemblyPath, workingDirectory, arguments);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var cli = new BackgroundCli(process, arguments);
        process.OutputDataReceived += (_, e) => cli.Append(e.Data);
        process.ErrorDataReceived += (_, e) => cli.Append(e.Data);
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException("dotnet could not be started");
        }

        cli.Id = process.Id;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>The first output line matching <paramref name="pattern"/>; fails when the process exits or the time is up first.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var exited = _process.HasExited;
            foreach (var line in Output.Split('\n'))
            {
                var match = pattern.Match(line);
                if (match.Success)
                {
                    return match;
                }
            }

            if (exited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"{this} exited with {_process.ExitCode} before printing a line matching /{pattern}/{Environment.NewLine}{Output}");
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{this} printed no line matching /{pattern}/ within {timeout.TotalSeconds:0} s{Environment.NewLine}{Output}");
            }

            await Task.Delay(Poll);
        }
    }

    /// <summary>The exit code once the process has ended on its own; fails (the process is killed on dispose) when it outlives the timeout.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{this} did not exit within {timeout.TotalSeconds:0} s{Environment.NewLine}{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>Ends the process at once with SIGKILL (what <see cref="Process.Kill()"/> sends on Linux) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public override string ToString() => $"ordermatch {string.Join(' ', _arguments)} (pid {Id})";

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Append(line).Append('\n');
        }
    }
}
