using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>An enterprise uploads a CSV of orders: good rows are stored and listed, bad rows are shown with line, field and rule.</summary>
[Collection(UiCollection.Name)]
public sealed class UploadTests(UiHost host)
{
    [Fact]
    public async Task A_good_row_is_stored_and_a_bad_row_is_shown_with_its_problem()
    {
        var page = await host.SignedInPageAsync("ent");
        await page.ClickAsync("[data-test=upload-link]");
        await page.WaitForURLAsync("**/Orders/Upload");
        var before = await host.CountAsync("select count(*) from orders");
        const string csv = "course,trainees,earliestStart,deadline,priority\n"
            + "WELD-2,7,2026-01-05,2026-01-30,3\n"
            + "WELD-2,0,2026-01-05,2026-01-30,3\n";

        await page.SetInputFilesAsync("[data-test=upload-file]", new FilePayload
        {
            Name = "orders.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.ClickAsync("[data-action=upload]");

        var stored = page.Locator("[data-test=stored] li");
        await Expect(stored).ToHaveCountAsync(1);
        var id = (await stored.GetAttributeAsync("data-order"))!;
        Assert.Equal(1, await host.CountAsync($"select count(*) from orders where id = '{id}' and enterprise = 'E001' and trainees = 7"));
        var problem = page.Locator("table[data-test=row-errors] tbody tr");
        await Expect(problem).ToHaveCountAsync(1);
        await Expect(problem).ToHaveAttributeAsync("data-row", "3");
        await Expect(problem).ToHaveAttributeAsync("data-field", "trainees");
        await Expect(problem).ToHaveAttributeAsync("data-rule", "range");
        await Expect(problem).ToContainTextAsync("数值超出允许范围");
        Assert.Equal(before + 1, await host.CountAsync("select count(*) from orders"));
    }

    [Fact]
    public async Task A_file_with_a_bad_header_stores_nothing_and_says_why()
    {
        var page = await host.SignedInPageAsync("ent", locale: "en-US");
        await page.GotoAsync("/Orders/Upload");
        var before = await host.CountAsync("select count(*) from orders");

        await page.SetInputFilesAsync("[data-test=upload-file]", new FilePayload
        {
            Name = "orders.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("course,people\nWELD-2,7\n"),
        });
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("[data-action=upload]"), r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        await Expect(page.Locator("[data-test=upload-rejected]")).ToContainTextAsync("The file cannot be used; no order was stored.");
        await Expect(page.Locator("[data-test=upload-rejected] .field-error[data-field=header]").First).ToContainTextAsync("people");
        Assert.Equal(before, await host.CountAsync("select count(*) from orders"));
    }
}
