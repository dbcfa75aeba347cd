using System.Reflection;
using System.Text.RegularExpressions;
using OrderMatch.Domain.Model;
using OrderMatch.Web.Localization;

namespace OrderMatch.Web.UiTests.Units;

public sealed partial class TextsTests
{
    [Fact]
    public void Every_text_exists_in_Chinese_and_English_with_the_same_placeholders()
    {
        var texts = typeof(Texts).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (f.Name, Text: (UiText)f.GetValue(null)!)).ToList();

        var wrong = texts.Where(t => string.IsNullOrWhiteSpace(t.Text.Zh) || string.IsNullOrWhiteSpace(t.Text.En)
            || !Placeholders(t.Text.En).SequenceEqual(Placeholders(t.Text.Zh)) || Han().IsMatch(t.Text.En)).Select(t => t.Name).ToList();

        Assert.True(texts.Count > 100, "the catalog holds the UI's texts");
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_reason_code_has_a_name_and_an_explanation_of_its_own()
    {
        var reasons = Enum.GetValues<ReasonCode>().Select(StatusTexts.Reason).ToList();

        Assert.Equal(reasons.Count, reasons.Select(r => r.Name.En).Distinct().Count());
        Assert.Equal(reasons.Count, reasons.Select(r => r.Explanation.Zh).Distinct().Count());
    }

    [Fact]
    public void A_text_renders_in_the_current_UI_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
            Assert.Equal("方案 #7", Texts.PlanTitle.Format(7));
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");
            Assert.Equal("Plan #7", Texts.PlanTitle.Format(7));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    private static string[] Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
