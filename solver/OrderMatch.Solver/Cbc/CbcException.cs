namespace OrderMatch.Solver.Cbc;

/// <summary>A failure of the CBC binding, with a machine-readable <see cref="Code"/>.</summary>
public sealed class CbcException : Exception
{
    public const string LibraryMissing = "CBC_LIBRARY_MISSING";
    public const string BadInput = "CBC_BAD_INPUT";
    public const string Disposed = "CBC_DISPOSED";
    public const string WriteFailed = "CBC_WRITE_FAILED";

    public CbcException()
        : this(BadInput, "CBC binding failure.")
    {
    }

    public CbcException(string message)
        : this(BadInput, message)
    {
    }

    public CbcException(string message, Exception innerException)
        : this(BadInput, message, innerException)
    {
    }

    public CbcException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>Stable error code, e.g. <c>CBC_LIBRARY_MISSING</c> or <c>CBC_BAD_INPUT</c>.</summary>
    public string Code { get; }
}
