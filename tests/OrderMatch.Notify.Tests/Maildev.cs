using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using OrderMatch.Domain.Tests;

namespace OrderMatch.Notify.Tests;

/// <summary>The maildev that scripts/maildev.sh runs: its REST API (http://127.0.0.1:1080), and stopping and starting it.</summary>
internal static class Maildev
{
    private static readonly HttpClient Http = new() { BaseAddress = new Uri("http://127.0.0.1:1080"), Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>
    /// The emails maildev holds whose Message-ID is one of <paramref name="messageIds"/>. maildev lists a message a moment
    /// after its SMTP side accepted it, so this waits (up to 10 s) until every id asked for is listed.
    /// </summary>
    public static async Task<List<JsonElement>> EmailsAsync(IEnumerable<string> messageIds)
    {
        var wanted = messageIds.Select(Bare).ToHashSet(StringComparer.Ordinal);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var all = await Http.GetFromJsonAsync<JsonElement>("/email");
            List<JsonElement> found = [.. all.EnumerateArray().Where(e => wanted.Contains(IdOf(e)))];
            if (found.Select(IdOf).Distinct(StringComparer.Ordinal).Count() == wanted.Count || waited.Elapsed > TimeSpan.FromSeconds(10))
            {
                return found;
            }

            await Task.Delay(200);
        }
    }

    private static string IdOf(JsonElement email) =>
        email.TryGetProperty("messageId", out var id) ? Bare(id.GetString() ?? "") : "";

    public static async Task<string> AttachmentAsync(JsonElement email, string fileName)
    {
        var attachment = email.GetProperty("attachments").EnumerateArray()
            .Single(a => a.GetProperty("fileName").GetString() == fileName);
        var generated = attachment.GetProperty("generatedFileName").GetString();
        return await Http.GetStringAsync($"/email/{email.GetProperty("id").GetString()}/attachment/{generated}");
    }

    public static Task StopAsync() => ScriptAsync("stop");

    public static Task StartAsync() => ScriptAsync("start");

    private static async Task ScriptAsync(string mode)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [Path.Combine(TestData.RepositoryRoot, "scripts", "maildev.sh"), mode])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"maildev.sh {mode}: {await process.StandardError.ReadToEndAsync()}");
    }

    private static string Bare(string id) => id.Trim().Trim('<', '>');
}
