using OrderMatch.Data.Pins;
using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Ui;

/// <summary>The per-class cell of the plan review: the class, its plan, and what a pin on it keeps (none when unpinned).</summary>
public sealed record ClassActions(PlanReviewPage Review, PlanClass Class)
{
    public bool Pinned => Review.Pins.ContainsKey(Class.Id);

    public IReadOnlyList<string> Keeps => Review.Pins.TryGetValue(Class.Id, out var keep) ? keep : [];

    /// <summary>The choices of the pin form: the whole class, then each decision.</summary>
    public static IReadOnlyList<string> Choices { get; } = [PinDecision.WholeClass, .. PinDecision.All];
}
