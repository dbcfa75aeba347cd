namespace OrderMatch.Reliability.Tests.Support;

/// <summary>The callers of the authorization matrix: the seeded logins and nobody.</summary>
public static class Caller
{
    public const string Anonymous = "anonymous";
}
