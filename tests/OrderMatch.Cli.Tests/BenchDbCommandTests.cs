namespace OrderMatch.Cli.Tests;

/// <summary>`ordermatch bench db`: times snapshot load and plan write-back on a scratch database, and cleans up.</summary>
public sealed class BenchDbCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Reports_load_and_write_back_for_a_tier_S_scenario()
    {
        var bench = await CliProcess.RunAsync(_folder.Path, ["bench", "db", "--tier", "S", "--runs", "2"], TimeSpan.FromSeconds(180));

        bench.ExitsWith(0);
        bench.Prints("300 orders");
        bench.Prints("snapshot load (REPEATABLE READ)");
        bench.Prints("plan write-back (binary COPY)");
        bench.Prints("enrollments");
    }

    [Fact]
    public async Task An_unreachable_database_is_one_clear_line_and_exit_2()
    {
        var bench = await CliProcess.RunAsync(_folder.Path,
            ["bench", "db", "--tier", "S", "--connection", "Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=3"]);

        bench.ExitsWith(2);
        bench.Prints("cannot reach PostgreSQL");
    }

    [Fact]
    public async Task Fewer_than_one_run_is_refused_naming_the_option()
    {
        var bench = await CliProcess.RunAsync(_folder.Path, "bench", "db", "--runs", "0");

        bench.ExitsWith(1);
        bench.Prints("--runs must be at least 1");
    }

    public void Dispose() => _folder.Dispose();
}
