using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Tests.Optimizer.Reasons;

/// <summary>Finds an order's unassigned entry and the reason with a given code, and checks what the reason names.</summary>
internal static class ReasonAssert
{
    /// <summary>Asserts the order is wholly unassigned and returns its reason with <paramref name="code"/>.</summary>
    public static Reason Single(Plan plan, TrainingOrder order, ReasonCode code)
    {
        var entry = Assert.Single(plan.Unassigned, u => u.Order == order.Id);
        Assert.Equal(order.Trainees, entry.Trainees);
        var reason = Assert.Single(entry.Reasons, r => r.Code == code);
        Assert.False(string.IsNullOrWhiteSpace(reason.Detail));
        return reason;
    }

    /// <summary>Asserts that every id is among the reason's entities and appears in its detail.</summary>
    public static void Names(Reason reason, params string[] ids)
    {
        foreach (var id in ids)
        {
            Assert.Contains(id, reason.Entities);
            Assert.Contains(id, reason.Detail, StringComparison.Ordinal);
        }
    }
}
