using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>
/// A TCP relay between one cluster node and PostgreSQL. <see cref="Sever"/> closes every relayed connection and
/// refuses new ones, so from the database's side the node is gone exactly as if its process had been killed:
/// its sessions end, their open transactions roll back, its check-ins stop, and its rows stay behind.
/// </summary>
public sealed class SeverableProxy : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<TcpClient> connections = [];
    private readonly CancellationTokenSource severed = new();
    private readonly string targetHost;
    private readonly int targetPort;

    public SeverableProxy(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public void Sever()
    {
        if (severed.IsCancellationRequested)
        {
            return;
        }

        severed.Cancel();
        listener.Stop();
        foreach (var connection in connections)
        {
            connection.Dispose();
        }
    }

    public void Dispose()
    {
        Sever();
        severed.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!severed.IsCancellationRequested)
        {
            TcpClient inbound;
            var outbound = new TcpClient();
            try
            {
                inbound = await listener.AcceptTcpClientAsync(severed.Token);
                connections.Add(inbound);
                connections.Add(outbound);
                await outbound.ConnectAsync(targetHost, targetPort, severed.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                outbound.Dispose();
                return;
            }

            _ = RelayAsync(inbound, outbound);
            _ = RelayAsync(outbound, inbound);
        }
    }

    private async Task RelayAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), severed.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Either side going away ends the relay; the other side is closed below.
        }
        finally
        {
            to.Dispose();
            from.Dispose();
        }
    }
}
