namespace OrderMatch.Web.UiTests.Browser;

/// <summary>The full review flow runs against its own host and database, beside the other browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class FlowCollection : ICollectionFixture<FlowHost>
{
    public const string Name = "flow";
}
