using static Microsoft.Playwright.Assertions;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>Chinese for browsers that prefer it, English otherwise, and the switch in the header wins over both.</summary>
[Collection(UiCollection.Name)]
public sealed class LanguageTests(UiHost host)
{
    [Fact]
    public async Task A_Chinese_browser_gets_Chinese_and_an_English_browser_English()
    {
        var chinese = await host.NewPageAsync("zh-CN");
        await chinese.GotoAsync("/Login");
        await Expect(chinese.Locator("h1")).ToHaveTextAsync("登录");
        await Expect(chinese.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        var english = await host.NewPageAsync("en-US");
        await english.GotoAsync("/Login");
        await Expect(english.Locator("h1")).ToHaveTextAsync("Sign in");
        await Expect(english.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task Switching_language_changes_the_texts_and_is_remembered()
    {
        var page = await host.SignedInPageAsync("coord", locale: "zh-CN");
        await Expect(page.Locator("h1")).ToHaveTextAsync("规划运行");
        await Expect(page.Locator("[data-nav=plans]")).ToHaveTextAsync("方案");

        await page.ClickAsync("button[data-lang=en]");
        await page.WaitForURLAsync("**/Runs");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Planning runs");
        await Expect(page.Locator("[data-nav=plans]")).ToHaveTextAsync("Plans");
        await Expect(page.Locator("[data-action=start-run]")).ToHaveTextAsync("Start run");

        await page.GotoAsync("/Audit");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Audit log");

        await page.ClickAsync("button[data-lang=zh-CN]");
        await page.WaitForURLAsync("**/Audit");
        await Expect(page.Locator("h1")).ToHaveTextAsync("审计日志");
    }
}
