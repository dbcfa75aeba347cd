using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderMatch.Data.Import;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Generation;

namespace OrderMatch.LoadTest;

/// <summary>
/// Coordinators watching a run: a tier M scenario is imported, a run is started on this host (role both: it solves
/// here), and <c>pollers</c> clients each GET /api/runs/{id} once a second until it finishes. Reports the poll
/// latencies, errors, and how often the progress moved.
/// </summary>
public static class PollerLoad
{
    public static async Task<int> RunAsync(int pollers, int timeLimit)
    {
        await using var host = await LoadHost.StartAsync("both");
        var importClock = Stopwatch.StartNew();
        await ScenarioImporter.ImportAsync(host.DataSource, ScenarioGenerator.Generate(Tier.M, 1), "load");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tier M imported in {importClock.Elapsed.TotalSeconds:0.0} s"));
        var token = await host.AddUserAsync(new NewUser("load-coordinator", UserRole.Coordinator));
        using var client = host.Client(token, pollers);
        using var started = await client.PostAsJsonAsync("/api/runs", new { timeLimitSeconds = timeLimit });
        var runId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var latencies = new Latencies();
        var errors = 0;
        var progressSeen = new HashSet<string>(StringComparer.Ordinal);
        string? final = null;
        var clock = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(timeLimit * 3 + 120);
        await Task.WhenAll(Enumerable.Range(0, pollers).Select(p => Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1000.0 * p / pollers));
            while (Volatile.Read(ref final) is null && clock.Elapsed < limit)
            {
                var before = clock.Elapsed;
                using var response = await client.GetAsync(new Uri($"/api/runs/{runId}", UriKind.Relative));
                latencies.Add((clock.Elapsed - before).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                }
                else
                {
                    var run = await response.Content.ReadFromJsonAsync<JsonElement>();
                    lock (progressSeen)
                    {
                        progressSeen.Add(run.GetProperty("progressAt").ToString());
                    }

                    if (run.GetProperty("isFinished").GetBoolean())
                    {
                        Volatile.Write(ref final, run.GetProperty("status").GetString());
                    }
                }

                await Task.Delay(TimeSpan.FromSeconds(1) - (clock.Elapsed - before) is { Ticks: > 0 } wait ? wait : TimeSpan.Zero);
            }
        })));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pollers: {pollers} coordinators, run {runId} {final ?? "still running"} after {clock.Elapsed.TotalSeconds:0.0} s, {latencies.Count} polls, {errors} errors, {progressSeen.Count} distinct progress updates seen; {latencies.Summary()}"));
        return final == "succeeded" && errors == 0 ? 0 : 1;
    }
}
