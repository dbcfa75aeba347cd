using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OrderMatch.Reliability.Tests.Faults;

/// <summary>
/// A throwaway PostgreSQL server of this test alone (initdb into a temporary folder, run as the postgres user on a free
/// loopback port), so that it can be stopped and restarted without touching the shared one. Needs root and PostgreSQL
/// installed (scripts/postgres.sh installs it). Disposing stops it and deletes its folder.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private const string Role = "omfault";
    private const string Password = "omfault-pw";

    private readonly string _folder;
    private readonly string _bin;

    private PrivatePostgres(string folder, string bin, int port)
    {
        _folder = folder;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = Role, Password = Password, Database = database,
            Timeout = 5, CommandTimeout = 15,
        }.ConnectionString;

    private string DataDirectory => Path.Combine(_folder, "data");

    public static async Task<PrivatePostgres> StartAsync()
    {
        var version = Directory.GetDirectories("/usr/lib/postgresql").Select(Path.GetFileName).OrderBy(v => int.Parse(v!, CultureInfo.InvariantCulture)).Last()!;
        var bin = Path.Combine("/usr/lib/postgresql", version, "bin");
        var folder = Directory.CreateTempSubdirectory("om-pgfault-").FullName;
        await RunAsync("chown", "-R", "postgres:postgres", folder);
        var server = new PrivatePostgres(folder, bin, FreePort());
        await server.AsPostgresAsync(Path.Combine(bin, "initdb"), "-D", server.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        await server.StartServerAsync();
        await server.AsPostgresAsync(Path.Combine(bin, "psql"), "-h", "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres",
            "-v", "ON_ERROR_STOP=1", "-c", $"create role {Role} login createdb password '{Password}'", "-c", $"create database {Role} owner {Role}");
        return server;
    }

    /// <summary>Stops the server (fast: open sessions are cut) and starts it again.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", DataDirectory, "-m", "fast", "-w", "stop");
        await Task.Delay(down);
        await StartServerAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    private Task StartServerAsync() =>
        AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", DataDirectory, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={_folder} -c fsync=off -c max_connections=200", "start");

    private Task AsPostgresAsync(params string[] command) => RunAsync("runuser", ["-u", "postgres", "--", .. command]);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
