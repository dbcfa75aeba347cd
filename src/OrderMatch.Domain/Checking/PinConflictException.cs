namespace OrderMatch.Domain.Checking;

/// <summary>The pinned classes of a scenario cannot all be kept; <see cref="Conflicts"/> says which rules they break together.</summary>
public sealed class PinConflictException : Exception
{
    public PinConflictException()
        : this([])
    {
    }

    public PinConflictException(string message)
        : base(message)
    {
        Conflicts = [];
    }

    public PinConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Conflicts = [];
    }

    public PinConflictException(IReadOnlyList<Violation> conflicts)
        : base(Describe(conflicts))
    {
        Conflicts = conflicts;
    }

    public IReadOnlyList<Violation> Conflicts { get; }

    private static string Describe(IReadOnlyList<Violation> conflicts) =>
        "the pinned classes cannot all be kept: " + string.Join("; ", conflicts.Select(c => $"{c.Rule}: {c.Message}"))
        + " — unpin or change one of the classes named";
}
