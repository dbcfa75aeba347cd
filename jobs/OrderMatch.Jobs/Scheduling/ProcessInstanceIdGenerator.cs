using System.Globalization;
using System.Security.Cryptography;
using Quartz.Extensibility;

namespace OrderMatch.Jobs.Scheduling;

/// <summary>
/// Names a cluster member <c>host-pid-random</c>: unique per process even for several schedulers in one
/// process or a restart that reuses a pid, and readable enough to tell an operator which worker ran a job.
/// </summary>
internal sealed class ProcessInstanceIdGenerator : IInstanceIdGenerator
{
    public ValueTask<string> GenerateInstanceId(CancellationToken cancellationToken = default)
    {
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var id = string.Create(
            CultureInfo.InvariantCulture,
            $"{Environment.MachineName}-{Environment.ProcessId}-{suffix}");
        return ValueTask.FromResult(id);
    }
}
