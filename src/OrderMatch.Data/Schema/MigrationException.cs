namespace OrderMatch.Data.Schema;

/// <summary>A migration could not be applied, or an applied one no longer matches its file.</summary>
public sealed class MigrationException : Exception
{
    public MigrationException(Migration migration, string message, Exception? inner = null) : base(message, inner)
    {
        Migration = migration;
    }

    public Migration Migration { get; }
}
