using System.Text;
using Npgsql;
using OrderMatch.Domain.Tests;
using OrderMatch.Reliability.Tests.Support;
using OrderMatch.TestSupport;

namespace OrderMatch.Reliability.Tests.BadInput;

/// <summary>
/// Malformed scenario files through the command line, as a user runs it: `validate` and `db import` exit non-zero with
/// a message naming the file or the JSON path, never with an unhandled exception, and `db import` stores nothing.
/// </summary>
public sealed class ScenarioFileTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("om-rel-").FullName;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("relcli");
        (await CliAsync("db", "migrate", "--connection", _database.ConnectionString)).ExitsWith(CommandLine.Ok);
        (await CliAsync("db", "import", TestData.TinyScenarioPath, "--connection", _database.ConnectionString)).ExitsWith(CommandLine.Ok);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Each malformed file: its name, its bytes, and a fragment the output must contain (the path or rule to blame).</summary>
    private static IEnumerable<(string Name, byte[] Bytes, string Expected)> Files()
    {
        var tiny = File.ReadAllText(TestData.TinyScenarioPath);
        yield return ("empty", [], "$");
        yield return ("broken JSON", Encoding.UTF8.GetBytes(tiny[..(tiny.Length / 2)]), "$");
        yield return ("invalid UTF-8", [.. Encoding.UTF8.GetBytes(tiny[..40]), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes(tiny[40..])], "UTF-8");
        yield return ("UTF-16", Encoding.Unicode.GetBytes(tiny), "$");
        yield return ("binary", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))], "$");
        yield return ("deep nesting", Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)), "$");
        yield return ("array root", Encoding.UTF8.GetBytes("[]"), "$");
        yield return ("impossible date", Encoding.UTF8.GetBytes(tiny.Replace("\"2026-01-05\"", "\"2026-02-30\"", StringComparison.Ordinal)), "startDate");
        yield return ("SQL and path ids", Encoding.UTF8.GetBytes(tiny.Replace("\"E001\"", "\"E001'; drop table orders; --\"", StringComparison.Ordinal)
            .Replace("\"WELD-2\",", "\"../../etc/passwd\",", StringComparison.Ordinal).Replace("\"trainees\": 12", "\"trainees\": -12", StringComparison.Ordinal)), "$.orders");
        yield return ("huge number", Encoding.UTF8.GetBytes(tiny.Replace("\"weeks\": 4", "\"weeks\": 1e400", StringComparison.Ordinal)), "weeks");
        yield return ("wrong type", Encoding.UTF8.GetBytes(tiny.Replace("\"weeks\": 4", "\"weeks\": \"thirteen\"", StringComparison.Ordinal)), "weeks");
        yield return ("missing field", Encoding.UTF8.GetBytes(tiny.Replace("\"policy\"", "\"policyX\"", StringComparison.Ordinal)), "policy");
        yield return ("10 MB string", Encoding.UTF8.GetBytes(tiny.Replace("\"tiny\"", $"\"{new string('x', 10 * 1024 * 1024)}\"", StringComparison.Ordinal)
            .Replace("\"weeks\": 4", "\"weeks\": -1", StringComparison.Ordinal)), "weeks");
    }

    [Fact]
    public async Task Validate_and_import_refuse_every_malformed_file_with_a_message_and_store_nothing()
    {
        await using var dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        var before = await DatabaseFingerprint.ReadAsync(dataSource);
        var tried = 0;
        foreach (var (name, bytes, expected) in Files())
        {
            var path = Path.Combine(_folder, $"{name.Replace(' ', '-')}.json");
            await File.WriteAllBytesAsync(path, bytes);
            foreach (var command in new[] { new[] { "validate", path }, new[] { "db", "import", path, "--connection", _database.ConnectionString } })
            {
                var run = await CliAsync(command);
                tried++;
                var shown = run.ToString()[..Math.Min(3000, run.ToString().Length)];
                Assert.True(run.ExitCode is CommandLine.Invalid or CommandLine.Unreadable, $"{name}: {shown}");
                Assert.True(run.Output.Contains(expected, StringComparison.Ordinal), $"{name}: the output does not name {expected}{Environment.NewLine}{shown}");
                Assert.DoesNotContain("Unhandled exception", run.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
            }
        }

        var missing = await CliAsync("validate", Path.Combine(_folder, "no-such-file.json"));
        var folder = await CliAsync("db", "import", _folder, "--connection", _database.ConnectionString);

        Assert.Equal(CommandLine.Unreadable, missing.ExitCode);
        Assert.NotEqual(CommandLine.Ok, folder.ExitCode);
        Assert.DoesNotContain("Unhandled exception", folder.Output, StringComparison.Ordinal);
        Assert.Equal(26, tried);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.ReadAsync(dataSource)));
    }

    private Task<CliRun> CliAsync(params string[] arguments) => CommandLine.RunAsync(_folder, arguments);
}
