namespace OrderMatch.Web.UiTests.Browser;

/// <summary>The browser tests share one host and one chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class UiCollection : ICollectionFixture<UiHost>
{
    public const string Name = "ui";
}
