using OrderMatch.Data.Plans;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Localization;

/// <summary>The words for roles, statuses and reason codes; an unknown order status shows as stored.</summary>
public static class StatusTexts
{
    public static UiText Role(UserRole role) => role switch
    {
        UserRole.Enterprise => Texts.RoleEnterprise,
        UserRole.Coordinator => Texts.RoleCoordinator,
        UserRole.Institution => Texts.RoleInstitution,
        _ => Texts.RoleAdmin,
    };

    public static UiText Order(string status) => status switch
    {
        "submitted" => Texts.StatusSubmitted,
        "planned" => Texts.StatusPlanned,
        "approved" => Texts.StatusApproved,
        "in_training" => Texts.StatusInTraining,
        "declined" => Texts.StatusDeclined,
        "cancelled" => Texts.StatusCancelled,
        _ => new UiText(status, status),
    };

    public static UiText Run(RunStatus status) => status switch
    {
        RunStatus.Queued => Texts.RunQueued,
        RunStatus.Running => Texts.RunRunning,
        RunStatus.Succeeded => Texts.RunSucceeded,
        RunStatus.Failed => Texts.RunFailed,
        _ => Texts.RunCancelled,
    };

    public static UiText Plan(PlanStatus status) => status switch
    {
        PlanStatus.Proposed => Texts.PlanProposed,
        PlanStatus.Approved => Texts.PlanApproved,
        PlanStatus.Rejected => Texts.PlanRejected,
        _ => Texts.PlanSuperseded,
    };

    public static UiText Solver(SolverStatus status) => status switch
    {
        SolverStatus.Optimal => Texts.SolverOptimal,
        SolverStatus.Feasible => Texts.SolverFeasible,
        SolverStatus.Infeasible => Texts.SolverInfeasible,
        _ => Texts.SolverTimeLimit,
    };

    /// <summary>A reason code's short name and its explanation.</summary>
    public static (UiText Name, UiText Explanation) Reason(ReasonCode code) => code switch
    {
        ReasonCode.NoOffer => (Texts.ReasonNoOffer, Texts.ReasonNoOfferText),
        ReasonCode.Price => (Texts.ReasonPrice, Texts.ReasonPriceText),
        ReasonCode.Travel => (Texts.ReasonTravel, Texts.ReasonTravelText),
        ReasonCode.SubsidyScope => (Texts.ReasonSubsidyScope, Texts.ReasonSubsidyScopeText),
        ReasonCode.NoTrainer => (Texts.ReasonNoTrainer, Texts.ReasonNoTrainerText),
        ReasonCode.NoRoom => (Texts.ReasonNoRoom, Texts.ReasonNoRoomText),
        ReasonCode.Window => (Texts.ReasonWindow, Texts.ReasonWindowText),
        ReasonCode.MinSize => (Texts.ReasonMinSize, Texts.ReasonMinSizeText),
        ReasonCode.Capacity => (Texts.ReasonCapacity, Texts.ReasonCapacityText),
        _ => (Texts.ReasonTimeLimit, Texts.ReasonTimeLimitText),
    };
}
