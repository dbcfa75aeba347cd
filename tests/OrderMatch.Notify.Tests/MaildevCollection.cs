namespace OrderMatch.Notify.Tests;

/// <summary>Tests that use the one maildev on 1025/1080 (some stop it) run one after another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MaildevCollection
{
    public const string Name = "maildev";
}
