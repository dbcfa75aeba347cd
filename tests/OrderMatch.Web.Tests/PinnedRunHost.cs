using OrderMatch.Web.Hosting;

namespace OrderMatch.Web.Tests;

/// <summary>The review host that also runs planning runs (role both: API and a member of the scheduler cluster).</summary>
public sealed class PinnedRunHost : ReviewHost
{
    protected override HostRole Role => HostRole.Both;
}
