namespace OrderMatch.Data.Review;

/// <summary>How an approval or rejection ended.</summary>
public enum DecisionOutcome
{
    Done,
    NotFound,

    /// <summary>The plan is not proposed; <see cref="PlanDecision.Status"/> says what it is.</summary>
    WrongStatus,
}
