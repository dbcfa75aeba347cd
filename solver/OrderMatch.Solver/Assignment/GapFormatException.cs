namespace OrderMatch.Solver.Assignment;

/// <summary>A GAP instance file that does not follow the OR-Library layout; the message names the file, the token and what was expected.</summary>
public sealed class GapFormatException : Exception
{
    public GapFormatException()
        : this("The GAP instance file is malformed.")
    {
    }

    public GapFormatException(string message)
        : base(message)
    {
    }

    public GapFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
