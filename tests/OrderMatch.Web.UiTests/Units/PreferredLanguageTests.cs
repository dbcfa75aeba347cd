using OrderMatch.Web.Localization;

namespace OrderMatch.Web.UiTests.Units;

public sealed class PreferredLanguageTests
{
    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("en-US,en;q=0.9,zh-CN;q=0.8", "en")]
    [InlineData("fr-FR,fr;q=0.9,zh;q=0.5,en;q=0.4", "zh-CN")]
    [InlineData("en;q=0.5,zh;q=0.5", "en")]
    [InlineData("de;q=1,en;q=0", null)]
    [InlineData("fr", null)]
    [InlineData("", null)]
    public void The_preferred_of_Chinese_and_English_decides(string header, string? expected) =>
        Assert.Equal(expected, PreferredLanguageCultureProvider.Choose(header));
}
