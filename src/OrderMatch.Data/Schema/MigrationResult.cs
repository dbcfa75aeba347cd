namespace OrderMatch.Data.Schema;

/// <summary>What a migrate call did: the versions it applied now and those already in place.</summary>
public sealed record MigrationResult(IReadOnlyList<Migration> Applied, int AlreadyApplied);
