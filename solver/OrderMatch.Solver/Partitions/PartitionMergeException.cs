using OrderMatch.Domain.Checking;

namespace OrderMatch.Solver.Partitions;

/// <summary>The merged plan of a partitioned run broke a hard rule or misreported its objective; it is never written.</summary>
public sealed class PartitionMergeException : Exception
{
    public PartitionMergeException()
    {
    }

    public PartitionMergeException(string message)
        : base(message)
    {
    }

    public PartitionMergeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PartitionMergeException(CheckReport report)
        : base("the merged plan does not check: "
               + string.Join("; ", (report ?? throw new ArgumentNullException(nameof(report))).Violations.Take(5).Select(v => $"{v.Rule}: {v.Message}")
                   .Concat(report.ObjectiveMismatches)))
    {
    }
}
