using OrderMatch.Domain.Model;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.UiTests.Units;

public sealed class UnassignedGroupTests
{
    [Fact]
    public void Orders_are_grouped_under_each_of_their_reasons_in_code_order()
    {
        Reason R(ReasonCode code) => new() { Code = code, Detail = $"{code} detail" };
        var unassigned = new[]
        {
            new Unassigned { Order = "O1", Trainees = 10, Reasons = [R(ReasonCode.Travel), R(ReasonCode.SubsidyScope)] },
            new Unassigned { Order = "O2", Trainees = 3, Reasons = [R(ReasonCode.Travel)] },
            new Unassigned { Order = "O3", Trainees = 2, Reasons = [R(ReasonCode.NoOffer)] },
        };

        var groups = UnassignedGroup.Of(unassigned);

        Assert.Equal([ReasonCode.NoOffer, ReasonCode.Travel, ReasonCode.SubsidyScope], groups.Select(g => g.Code));
        var travel = groups[1];
        Assert.Equal(["O1", "O2"], travel.Orders.Select(o => o.Order.Order));
        Assert.Equal(13, travel.Trainees);
        Assert.Equal("Travel detail", travel.Orders[0].Reason.Detail);
    }
}
