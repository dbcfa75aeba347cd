using System.Globalization;

namespace OrderMatch.Solver.Reference;

/// <summary>Peak resident memory (VmHWM) of a running process, read from /proc/&lt;pid&gt;/status on Linux.</summary>
public static class ProcessPeakMemory
{
    /// <summary>Bytes, or <c>null</c> when the process is gone or /proc is not there.</summary>
    public static long? Read(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                    return long.Parse(parts[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }

        return null;
    }

    /// <summary>
    /// Resets the current process's VmHWM to its present resident size (Linux: "5" into /proc/self/clear_refs), so that
    /// the next <see cref="Own"/> measures the peak of what runs in between. Returns false where that is not possible.
    /// </summary>
    public static bool ResetOwn()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Peak resident memory of the current process so far.</summary>
    public static long Own() => Read(Environment.ProcessId) ?? System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64;
}
