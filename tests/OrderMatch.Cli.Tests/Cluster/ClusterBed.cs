using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using OrderMatch.Data.Runs;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Json;
using OrderMatch.TestSupport;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>
/// What one cluster test stands on: a fresh PostgreSQL database, a folder for its files, and the `ordermatch` processes
/// it starts against them. Disposing kills every process still running, then drops the database and the folder.
/// </summary>
internal sealed partial class ClusterBed : IAsyncDisposable
{
    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    private readonly TestDatabase _database;
    private readonly TempFolder _folder = new();
    private readonly List<BackgroundCli> _processes = [];

    private ClusterBed(TestDatabase database)
    {
        _database = database;
        DataSource = NpgsqlDataSource.Create(database.ConnectionString);
        Runs = new PlanningRuns(DataSource);
    }

    public NpgsqlDataSource DataSource { get; }

    public PlanningRuns Runs { get; }

    public string ConnectionString => _database.ConnectionString;

    public static async Task<ClusterBed> CreateAsync(string name) => new(await TestDatabase.CreateAsync(name));

    /// <summary>The test's folder, where its processes run and its files go.</summary>
    public string Folder => _folder.Path;

    public string File(string name) => _folder.File(name);

    /// <summary>Runs one `ordermatch` command against this database (<c>--connection</c> appended) and waits for it.</summary>
    public Task<CliRun> CliAsync(params string[] arguments) => CliAsync(CliProcess.DefaultTimeout, arguments);

    public Task<CliRun> CliAsync(TimeSpan timeout, params string[] arguments) =>
        CliProcess.RunAsync(_folder.Path, [.. arguments, "--connection", ConnectionString], timeout);

    /// <summary>Starts one `ordermatch` command against this database in the background.</summary>
    public BackgroundCli StartCli(params string[] arguments) => StartCli(new Dictionary<string, string>(), arguments);

    private BackgroundCli StartCli(IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var process = BackgroundCli.Start(_folder.Path, environment, [.. arguments, "--connection", ConnectionString]);
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    /// <summary>Starts <paramref name="count"/> workers running one planning run at a time each, and waits until all are ready.</summary>
    public async Task<WorkerProcess[]> StartWorkersAsync(int count, WorkerTimings timings)
    {
        var processes = Enumerable.Range(0, count).Select(_ => StartCli(timings.Environment(), ["worker", "--threads", "1"])).ToList();
        var workers = await Task.WhenAll(processes.Select(WorkerProcess.ReadyAsync));
        Assert.Equal(count, workers.Select(w => w.InstanceId).Distinct().Count());
        return workers;
    }

    /// <summary>Writes the generated tier S scenario of <paramref name="seed"/> and imports it; returns the file's path.</summary>
    public async Task<string> ImportTierSAsync(int seed)
    {
        var path = File($"tier-s-{seed}.scenario.json");
        await System.IO.File.WriteAllTextAsync(path, FormatJson.Serialize(ScenarioGenerator.Generate(Tier.S, seed)), new UTF8Encoding(false));
        var import = await CliAsync("db", "import", path);
        import.ExitsWith(ExitCodes.Ok);
        return path;
    }

    /// <summary>Queues a run without waiting for it (`ordermatch run`) and returns its id.</summary>
    public async Task<long> QueueRunAsync(double timeLimitSeconds)
    {
        var run = await CliAsync("run", "--time-limit", timeLimitSeconds.ToString(CultureInfo.InvariantCulture));
        run.ExitsWith(ExitCodes.Ok);
        return QueuedRunId(run.Output);
    }

    /// <summary>The id in a "run N queued" line.</summary>
    public static long QueuedRunId(string output)
    {
        var queued = QueuedLine().Match(output);
        Assert.True(queued.Success, $"no \"run N queued\" line in:{Environment.NewLine}{output}");
        return long.Parse(queued.Groups["id"].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Polls the run row until <paramref name="condition"/> holds. Fails after <paramref name="timeout"/> with the last
    /// row and everything the processes printed, so a run left hanging shows where it hangs.
    /// </summary>
    public async Task<PlanningRun> WaitForRunAsync(long runId, Func<PlanningRun, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var run = await Runs.GetAsync(runId);
            Assert.True(run is not null, $"there is no run {runId}");
            if (condition(run))
            {
                return run;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"waited {timeout.TotalSeconds:0} s for run {runId} to be {what}; it is{Environment.NewLine}{run}{Environment.NewLine}{ProcessOutputs()}");
            }

            await Task.Delay(Poll);
        }
    }

    public Task<PlanningRun> WaitUntilFinishedAsync(long runId) =>
        WaitForRunAsync(runId, r => r.IsFinished, RunTimeout, "finished");

    /// <summary>Rows of the plans table written for <paramref name="runId"/>.</summary>
    public async Task<long> PlanCountAsync(long runId)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("select count(*) from plans where run_id = @runId", new { runId });
    }

    /// <summary>Exports the plan and the current snapshot through the CLI and checks the one against the other (`ordermatch check`).</summary>
    public async Task<CliRun> ExportAndCheckAsync(long planId)
    {
        var planFile = File($"plan-{planId}.json");
        var scenarioFile = File($"snapshot-for-plan-{planId}.scenario.json");
        (await CliAsync("db", "export", "--plan", planId.ToString(CultureInfo.InvariantCulture), "-o", planFile)).ExitsWith(ExitCodes.Ok);
        (await CliAsync("db", "export", "--scenario", "-o", scenarioFile)).ExitsWith(ExitCodes.Ok);
        return await CliProcess.RunAsync(Folder, "check", scenarioFile, planFile);
    }

    /// <summary>Everything the background processes printed, for failure messages.</summary>
    public string ProcessOutputs()
    {
        lock (_processes)
        {
            return string.Join(Environment.NewLine, _processes.Select(p => $"--- {p}{Environment.NewLine}{p.Output}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<BackgroundCli> processes;
        lock (_processes)
        {
            processes = [.. _processes];
        }

        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        await DataSource.DisposeAsync();
        await _database.DisposeAsync();
        _folder.Dispose();
    }

    [GeneratedRegex(@"run (?<id>\d+) queued")]
    private static partial Regex QueuedLine();
}
