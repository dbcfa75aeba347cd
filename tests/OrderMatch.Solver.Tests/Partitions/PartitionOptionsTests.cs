using OrderMatch.Solver.Partitions;

namespace OrderMatch.Solver.Tests.Partitions;

/// <summary>How a partitioned run of 600 s shares its time: 450 s for the partitions, 150 s for the repair, 5 s kept for writing.</summary>
public class PartitionOptionsTests
{
    private static readonly PartitionOptions Shares = new();

    [Theory]
    [InlineData(300, 150)]
    [InlineData(445, 150)]
    [InlineData(470, 125)]
    [InlineData(590, 5)]
    public void The_repair_gets_its_share_cut_to_what_the_limit_leaves(double secondsBefore, double expected)
    {
        var share = Shares.RepairSeconds(600);

        Assert.Equal(150, share, 6);
        Assert.Equal(expected, Shares.RepairSecondsLeft(600, share, secondsBefore), 6);
    }

    [Fact]
    public void A_repair_that_starts_past_the_limit_still_gets_the_minimum()
    {
        Assert.Equal(Shares.MinimumSeconds, Shares.RepairSecondsLeft(600, 150, 620), 6);
    }
}
