using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using OrderMatch.Data.Import;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Json;

namespace OrderMatch.LoadTest;

/// <summary>
/// Sustained order intake: <c>connections</c> clients each POST /api/orders back to back for <c>seconds</c> (a valid
/// order of the tier S scenario under a fresh id), then every order answered 201 is looked up in the database.
/// Targets: at least 500 accepted orders a second, p99 under 200 ms, none lost.
/// </summary>
public static class IntakeLoad
{
    public static async Task<int> RunAsync(int seconds, int connections)
    {
        await using var host = await LoadHost.StartAsync("web");
        var scenario = ScenarioGenerator.Generate(Tier.S, 1);
        await ScenarioImporter.ImportAsync(host.DataSource, scenario, "load");
        var template = (JsonObject)JsonNode.Parse(FormatJson.Serialize(scenario))!["orders"]![0]!;
        var token = await host.AddUserAsync(new NewUser("load-enterprise", UserRole.Enterprise, EnterpriseId: scenario.Orders[0].Enterprise));
        using var client = host.Client(token, connections);

        await PostAsync(client, template, "O-WARM-0");
        var latencies = new Latencies();
        var accepted = new List<string>[connections];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            accepted[c] = [];
            for (var n = 0; clock.Elapsed < until; n++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"O-L{c}-{n}");
                var started = clock.Elapsed;
                var status = await PostAsync(client, template, id);
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                if (status == HttpStatusCode.Created)
                {
                    accepted[c].Add(id);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;

        await using var connection = await host.DataSource.OpenConnectionAsync();
        var stored = (await connection.QueryAsync<string>("select id from orders where id like 'O-L%'")).ToHashSet(StringComparer.Ordinal);
        var all = accepted.SelectMany(a => a).ToList();
        var lost = all.Count(id => !stored.Contains(id));
        var rate = all.Count / elapsed;
        var p99 = latencies.Percentile(99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"intake: {connections} connections, {elapsed:0.0} s, {all.Count} accepted ({rate:0} orders/s), {failures} refused, {lost} lost, {stored.Count} stored; {latencies.Summary()}"));
        var met = rate >= 500 && p99 < 200 && lost == 0 && failures == 0;
        Console.WriteLine(met ? "targets met (>= 500 orders/s, p99 < 200 ms, none lost)" : "targets NOT met (>= 500 orders/s, p99 < 200 ms, none lost)");
        return lost == 0 && failures == 0 ? 0 : 1;
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, JsonObject template, string id)
    {
        var order = (JsonObject)template.DeepClone();
        order["id"] = id;
        using var content = new StringContent(order.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/orders", UriKind.Relative), content);
        return response.StatusCode;
    }
}
