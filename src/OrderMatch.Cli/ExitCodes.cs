namespace OrderMatch.Cli;

/// <summary>Process exit codes: 0 success, 1 the input is readable but fails its rules, 2 the input cannot be read.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Unreadable = 2;
}
