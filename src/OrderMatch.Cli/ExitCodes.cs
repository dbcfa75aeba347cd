namespace OrderMatch.Cli;

/// <summary>
/// Process exit codes: 0 success, 1 the input is readable but fails its rules (or an unexpected failure, with its stack
/// trace), 2 the input, or what it needs (PostgreSQL, the CBC library), cannot be reached.
/// </summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Unreadable = 2;
}
