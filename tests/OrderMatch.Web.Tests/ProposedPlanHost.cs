namespace OrderMatch.Web.Tests;

/// <summary>The review host with the re-planned tiny plan stored as a proposed plan, for tests that only read.</summary>
public sealed class ProposedPlanHost : ReviewHost
{
    public long ProposedId { get; private set; }

    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        ProposedId = await AddPlanAsync(Replanned());
    }
}
