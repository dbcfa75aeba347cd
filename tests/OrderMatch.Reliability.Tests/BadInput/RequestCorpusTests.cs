using OrderMatch.Reliability.Tests.Support;

namespace OrderMatch.Reliability.Tests.BadInput;

public sealed class RequestCorpusTests(ReliabilityHost host) : IClassFixture<ReliabilityHost>
{
    [Fact]
    public async Task Every_malformed_request_gets_a_4xx_problem_and_the_database_stays_as_it_was()
    {
        var corpus = RequestCorpus.Build(host.ProposedId);
        var before = await host.FingerprintAsync();
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        var wrong = new List<string>();
        var serverRefused = new List<string>();
        foreach (var bad in corpus)
        {
            if (!clients.TryGetValue(bad.Caller, out var client))
            {
                client = host.As(bad.Caller);
                clients[bad.Caller] = client;
            }

            using var request = bad.Message();
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var type = response.Content.Headers.ContentType?.MediaType;
            var body = await response.Content.ReadAsStringAsync();
            if (status == 400 && body.Length == 0 && type is null && response.Headers.ConnectionClose == true)
            {
                // Kestrel refuses a request line it cannot decode (a NUL in the path) before the application sees it:
                // an empty 400 that closes the connection, with nothing a browser could render.
                serverRefused.Add(bad.ToString());
                continue;
            }

            if (status is < 400 or >= 500)
            {
                wrong.Add($"{bad}: {status} {body[..Math.Min(300, body.Length)]}");
            }
            else if (type is not ("application/problem+json" or "text/html") || body.Length == 0)
            {
                wrong.Add($"{bad}: {status} without problem details ({type})");
            }

            if (SecurityHeaderAssert.Missing(response) is { } missing)
            {
                wrong.Add($"{bad}: {status} without {missing}");
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        var after = await host.FingerprintAsync();

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {corpus.Count} malformed requests were not refused cleanly:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
        Assert.True(corpus.Count >= 550, $"only {corpus.Count} malformed requests were tried");
        Assert.All(serverRefused, r => Assert.Contains("%00", r, StringComparison.Ordinal));
        Assert.Empty(DatabaseFingerprint.Changed(before, after));
        Assert.DoesNotContain(host.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }
}
