using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace OrderMatch.Reliability.Tests.Faults;

/// <summary>PostgreSQL restarted under load: during order intake, and during a planning run.</summary>
public sealed class DatabaseRestartTests(FaultHost host) : IClassFixture<FaultHost>
{
    [Fact]
    public async Task Every_order_answered_201_while_the_database_restarts_is_stored_and_the_rest_are_503()
    {
        var created = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var problems = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            using var client = host.As("ent");
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var order = host.Order($"O-F{c}-{n}");
                using var response = await client.PostAsync(new Uri("/api/orders", UriKind.Relative),
                    new StringContent(order.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, v) => v + 1);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    created.Add((string)order["id"]!);
                }
                else if (response.StatusCode != HttpStatusCode.ServiceUnavailable || response.Headers.RetryAfter is null)
                {
                    problems.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(2));
        await host.Server.RestartAsync(TimeSpan.FromSeconds(2));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        var stored = (await host.DataSourceQueryAsync<string>("select id from orders where id like 'O-F%'")).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(problems);
        Assert.True(statuses.GetValueOrDefault(503) > 0, $"no request met the outage: {string.Join(", ", statuses)}");
        Assert.True(created.Count > 50, $"only {created.Count} orders were created: {string.Join(", ", statuses)}");
        var lost = created.Where(id => !stored.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} orders answered 201 are not stored: {string.Join(", ", lost)}");

        using var after = host.As("ent");
        var late = host.Order("O-F-AFTER");
        using var response = await after.PostAsync(new Uri("/api/orders", UriKind.Relative),
            new StringContent(late.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_run_whose_database_restarts_mid_solve_still_finishes_and_is_never_left_running()
    {
        using var coordinator = host.As("coord");
        using var started = await coordinator.PostAsJsonAsync("/api/runs", new { timeLimitSeconds = 12 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        await WaitForAsync(coordinator, id, run => run.GetProperty("status").GetString() == "running" && run.GetProperty("progress").ValueKind != JsonValueKind.Null,
            TimeSpan.FromSeconds(60));
        await host.Server.RestartAsync(TimeSpan.FromSeconds(2));
        var finished = await WaitForAsync(coordinator, id, run => run.GetProperty("status").GetString() is "succeeded" or "failed" or "cancelled",
            TimeSpan.FromSeconds(120));

        var status = finished.GetProperty("status").GetString();
        Assert.True(status == "succeeded", $"the run ended {status}: {finished}");
        Assert.Equal(1, await host.CountAsync("select count(*) from plans where run_id = @id", new { id }));
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient client, long id, Func<JsonElement, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        JsonElement last = default;
        while (clock.Elapsed < timeout)
        {
            try
            {
                using var response = await client.GetAsync(new Uri($"/api/runs/{id}", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    last = await response.Content.ReadFromJsonAsync<JsonElement>();
                    if (condition(last))
                    {
                        return last;
                    }
                }
            }
            catch (HttpRequestException)
            {
                // The host is answering 503s or closing connections while the database is away.
            }

            await Task.Delay(250);
        }

        Assert.Fail($"run {id} did not reach the state within {timeout.TotalSeconds} s; last seen {last}");
        return last;
    }
}
