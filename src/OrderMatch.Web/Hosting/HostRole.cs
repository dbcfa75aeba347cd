namespace OrderMatch.Web.Hosting;

/// <summary>What one process of the OrderMatch host does (setting <c>Host:Role</c>).</summary>
public enum HostRole
{
    /// <summary>Serves the HTTP API; queues planning runs but never executes them.</summary>
    Web,

    /// <summary>Executes queued planning runs as a member of the clustered scheduler; serves /health only.</summary>
    Worker,

    /// <summary>Both of the above.</summary>
    Both,
}
